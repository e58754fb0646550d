# A set whose elements' __eq__ changes the set during a lookup, an insertion or a set operation: no crash, the
# search restarts on the current table (CPython's set_lookkey); set iterators' __length_hint__ and pickling.
import pickle


class Bad:
    def __init__(self, s, h=1):
        self.s = s
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.s.clear()
        return False


s = set()
for i in range(6):
    s.add(Bad(s))
print(len(s) <= 6)
s = set()
s.add(Bad(s))
print(Bad(s) in s, len(s))
for op in ("&", "-", "^", "|", "<="):
    a = set()
    a.update(Bad(a) for _ in range(3))
    b = set()
    b.update(Bad(b) for _ in range(3))
    try:
        r = eval("a %s b" % op)
        print(op, "ok", type(r).__name__)
    except RuntimeError as e:
        print(op, "RuntimeError")

it = iter({1, 2, 3, 4})
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
rest = pickle.loads(pickle.dumps(it))
print(sorted(rest), list(it) == [] or len(list(it)) == 3)
it2 = iter({1, 2})
s2 = {1, 2}
print(iter(set()).__length_hint__())
