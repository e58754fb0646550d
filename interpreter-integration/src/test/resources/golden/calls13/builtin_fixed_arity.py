# Calls of built-in functions and methods by the fixed-arity paths (CALL / CALL_METHOD with few positional
# arguments) and by the general ones (keywords, unpacking, bound and unbound forms), with the same answers and
# errors either way.
import math
import random
from collections import deque


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


def attempt(thunk):
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)


lst = [3, 1, 2]
lst.append(4)
print(lst.pop(), lst.pop(0), lst)
lst.insert(0, 9)
lst.insert(-100, 8)
lst.extend((5, 6))
print(lst, lst.copy())
attempt(lambda: lst.append())
attempt(lambda: lst.append(1, 2))
attempt(lambda: list.append(3, 4))
attempt(lambda: list.append())
attempt(lambda: [].pop())
list.append(lst, 7)
show(list.append, lst, 8)
app = lst.append
app(10)
print(lst)


class L(list):
    def append(self, x):
        list.append(self, x * 2)


sub = L()
sub.append(5)
list.append(sub, 5)
print(sub, sub.pop())

d = {1: "a", "k": "b"}
print(d.get(1), d.get(2), d.get(2, "dflt"), d.get("k"), d.setdefault(3), d.setdefault(4, "x"), d)
attempt(lambda: d.get())
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: dict.get([], 1))
attempt(lambda: d.get([]))
print(sorted(d.keys(), key=str), sorted(d.values(), key=str), len(d.items()), d.copy() == d)


class Shadow:
    pass


s = Shadow()
s.append = lambda x: "shadowed %r" % (x,)
print(s.append(1))

print(len([1, 2]), len("abc"), len(range(10 ** 6)), len({}))
attempt(lambda: len())
attempt(lambda: len(1))
print(isinstance(1, int), isinstance(1, (str, float)), isinstance(True, int))
print(min(3, 2), max(3, 2), min(1, 1.0), max(1, 1.0), min(1.0, 1), min([4, 5]), max(4, 5, 6))
print(min("b", "a"), max((1, 2), (1, 3)), min(3, 4, key=lambda v: -v), max([], default=0))
attempt(lambda: min(1, "a"))
print(abs(-3), abs(-2.5), hash(5) == hash(5), ord("a"), ord(b"z"), divmod(7, 2), divmod(-7.5, 2))
attempt(lambda: ord("ab"))
print(next(iter([7])), next(iter([]), "dflt"), hasattr(1, "real"), hasattr(1, "nope"), getattr(1, "real"))
attempt(lambda: getattr(1, "nope"))
print(getattr(1, "nope", "default"))


class A:
    def __abs__(self):
        return "absA"


print(abs(A()))


def gen():
    yield 1
    return 5


g = gen()
print(next(g))
attempt(lambda: next(g))
attempt(lambda: next(1))

r = random.Random(5)
print(r.random(), r.getrandbits(10), r.random())
f = r.random
print(f() < 1.0, type(r.random).__name__)
attempt(lambda: r.random(1))
attempt(lambda: r.getrandbits(1.5))
print(math.sqrt(4), math.sin(0.0), math.cos(0.0))
attempt(lambda: math.sqrt(-1))
attempt(lambda: math.sqrt("x"))

st = set()
st.add(1)
st.add(1)
st.discard(2)
st.discard(1)
st.add(frozenset([1]))
st.discard({1})
print(st)
attempt(lambda: st.add())
attempt(lambda: set.add(frozenset(), 1))
attempt(lambda: st.add([]))

dq = deque([1, 2])
dq.append(3)
dq.appendleft(0)
print(dq.pop(), dq.popleft(), dq)
attempt(lambda: deque().pop())
attempt(lambda: dq.pop(1))

w = "  Hello World  "
print(w.strip(), w.lstrip(), w.rstrip(), "xxhixx".strip("x"), w.upper(), w.lower(), w.split(), "a,b".split(","))
print(",".join(["a", "b"]), "".join(iter(["q"])), "-".join("abc"))
print("abc".replace("b", "B"), "abc".replace("", "-"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", -1))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".startswith("el", 1), "a b c".split(None))
print("a b c".split(" ", 1), "a b c".split(maxsplit=1), "a,b".split(sep=","))
attempt(lambda: ",".join([1]))
attempt(lambda: "a".replace(1, "b"))
attempt(lambda: "a".replace("a", "b", "x"))
attempt(lambda: "a".startswith(1))
attempt(lambda: str.upper(1))


class S(str):
    pass


print(S("ab").upper(), S(" x ").strip(), str.join(S("-"), "ab"), S("a-b").split("-"))

print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (2 ** 70).bit_length(), (-(2 ** 63)).bit_length())
print((2 ** 63 - 1).bit_length(), (2.0).is_integer(), (2.5).is_integer(), float("inf").is_integer())
attempt(lambda: (5).bit_length(1))
print(sorted([3, 1, 2], key=abs), sorted([3, -4], key=abs, reverse=True), dict(a=1, b=2))
