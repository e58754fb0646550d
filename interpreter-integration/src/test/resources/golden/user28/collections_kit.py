"""A library checkout system exercising collections."""
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple, UserDict, UserList, UserString

Book = namedtuple("Book", ["isbn", "title", "author", "year"], defaults=[None])
Loan = namedtuple("Loan", "isbn member day")

books = [Book("111", "Dune", "Herbert", 1965), Book("222", "Emma", "Austen", 1815),
         Book("333", "Ulysses", "Joyce"), Book._make(["444", "Persuasion", "Austen", 1817])]
print(books[2], books[3]._asdict(), Book._fields, Book._field_defaults)
print(books[0]._replace(year=2021), books[1] < books[0], Book("x", "y", "z") == ("x", "y", "z", None))
by_author = defaultdict(list)
for b in books:
    by_author[b.author].append(b.title)
print(dict(by_author), by_author["Nobody"], len(by_author))

loans = [Loan("111", "ann", 1), Loan("222", "bob", 1), Loan("111", "cy", 5), Loan("444", "ann", 6),
         Loan("222", "ann", 9), Loan("111", "bob", 12)]
popular = Counter(l.isbn for l in loans)
members = Counter(l.member for l in loans)
print(popular.most_common(2), members, popular["999"], sorted(popular.elements()))
print(popular + members == members + popular, (popular - Counter({"111": 2})), popular & Counter({"111": 1, "222": 5}))
print(popular | Counter({"333": 1}), -Counter({"a": -2, "b": 3}), +Counter({"a": -1, "b": 0, "c": 2}))
c = Counter("mississippi")
c.subtract("sip")
c.update(["m", "m"])
print(c, c.total(), list(c.keys())[:3])

waitlist = deque(maxlen=3)
for member in ["dee", "eve", "fay", "gus"]:
    waitlist.append(member)
print(waitlist, waitlist.maxlen)
waitlist.rotate(1)
waitlist.appendleft("hal")
print(waitlist, waitlist.index("dee") if "dee" in waitlist else -1, waitlist.count("eve"))
d = deque(range(6))
d.rotate(-2)
d.extendleft([10, 11])
print(d, d[2], d.pop(), d.popleft(), list(reversed(d)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

recent = OrderedDict()
for l in loans:
    recent[l.member] = l.day
    recent.move_to_end(l.member)
print(recent, list(recent), recent.popitem(last=False))
recent.move_to_end("ann", last=False)
print(list(recent.items()), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

defaults = {"max_loans": 3, "days": 14, "fine": 0.25}
branch = {"days": 21}
member_cfg = {"max_loans": 5}
cfg = ChainMap(member_cfg, branch, defaults)
print(cfg["max_loans"], cfg["days"], cfg["fine"], len(cfg), sorted(cfg))
child = cfg.new_child({"fine": 0})
child["days"] = 7
print(child["fine"], child.maps[0], cfg["days"], child.parents["days"], cfg)


class CaseInsensitive(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


ci = CaseInsensitive({"Dune": 1})
ci["EMMA"] = 2
print(ci, "dUnE" in ci, ci["emma"], ci.get("DUNE"), dict(ci))


class Shelf(UserList):
    def titles(self):
        return [b.title for b in self]


s = Shelf(books[:2]) + [books[3]]
print(type(s).__name__, s.titles(), s[1:].titles(), len(s * 2))
u = UserString("Library")
print(u.upper(), u[::-1], u + "!", isinstance(u, str), type(u.lower()).__name__)
try:
    Book("1")
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError:", e)
