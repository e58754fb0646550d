# Sorting records by several keys: key functions, stable multi-pass sorts, reverse, locale-free casefold, itemgetter.
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

Person = namedtuple("Person", "first last age city salary")
PEOPLE = [
    Person("Zoë", "Müller", 34, "Berlin", 72000.0),
    Person("adam", "smith", 28, "London", 55000.5),
    Person("Bea", "Smith", 28, "london", 61000.0),
    Person("Chen", "Li", 45, "Shanghai", 99000.0),
    Person("Dara", "O'Neil", 34, "Dublin", 72000.0),
    Person("élodie", "Dubois", 23, "Paris", 41000.0),
    Person("Eve", "Adams", 45, "Berlin", 120000.0),
]

def show(title, rows):
    print(title)
    for p in rows:
        print(f"  {p.first:<7} {p.last:<7} {p.age:>3} {p.city:<9} {p.salary:>10,.2f}")

show("by last name, case-insensitive:", sorted(PEOPLE, key=lambda p: (p.last.casefold(), p.first.casefold())))
show("by age desc then name:", sorted(PEOPLE, key=lambda p: (-p.age, p.first.lower())))
rows = sorted(PEOPLE, key=attrgetter("first"))
rows.sort(key=attrgetter("salary"), reverse=True)
show("stable: salary desc, ties by first (original case order):", rows)
show("by city then age:", sorted(PEOPLE, key=attrgetter("city", "age")))
print([p.first for p in sorted(PEOPLE, key=methodcaller("count", 34))][:3])

tuples = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(tuples), sorted(tuples, key=itemgetter(1)), sorted(tuples, key=itemgetter(1, 0), reverse=True))
print(sorted("banana Apple cherry apple Banana".split()), sorted("banana Apple cherry".split(), key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=itemgetter(1)))
print(sorted([-3, 2, -1, 0], key=abs), sorted([1.5, -0.0, 0.0, -1], key=lambda x: (x < 0, x)))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted(["a10", "a9", "b1"], key=lambda s: (s[0], int(s[1:]))))
print(min(PEOPLE, key=attrgetter("age")).first, max(PEOPLE, key=lambda p: (p.salary, p.first)).first)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, None), (0, None)]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, None), (1, None), (1, 2)])
except TypeError as e:
    print("TypeError:", e)

def natural_key(s):
    import re
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
files = ["file10.txt", "File2.txt", "file1.txt", "file1b.txt", "file01.txt"]
print(sorted(files, key=natural_key))
from collections import defaultdict
by_city = defaultdict(list)
for p in PEOPLE:
    by_city[p.city.casefold()].append(p.first)
print(dict(sorted(by_city.items())), by_city.default_factory.__name__)
nested = defaultdict(lambda: defaultdict(int))
for p in PEOPLE:
    nested[p.age // 10 * 10][p.city] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
print(sorted(PEOPLE, key=lambda p: p.salary)[len(PEOPLE) // 2].salary, sum(p.salary for p in PEOPLE) / len(PEOPLE))
ranks = {p.first: i for i, p in enumerate(sorted(PEOPLE, key=attrgetter("salary"), reverse=True), 1)}
print(ranks)
l = list(range(10))
l.sort(key=lambda x: x % 3)
print(l, list(reversed(l))[:3], sorted("hello"), "".join(sorted("hello", reverse=True)))
print("Straße".casefold() == "STRASSE".casefold(), "ǅ".casefold(), sorted(["é", "e", "f", "E"]))
