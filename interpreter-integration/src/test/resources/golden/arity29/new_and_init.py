# __new__ and __init__ of built-in types called directly: tp_new_wrapper's checks name the type whose
# __new__ runs, a subclass's super().__new__ passes its arguments on, and __init__ of a built-in type without
# a constructor of its own accepts arguments as CPython's object_init does.
import collections


def show(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: every outcome is printed
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))


show("frozenset.__new__()", lambda: frozenset.__new__())
show("frozenset.__new__(None)", lambda: frozenset.__new__(None))
show("frozenset.__new__(int)", lambda: frozenset.__new__(int))
show("frozenset.__new__(frozenset, [3, 1])", lambda: sorted(frozenset.__new__(frozenset, [3, 1])))
show("object.__new__(frozenset)", lambda: object.__new__(frozenset))
show("range.__new__(range, 4)", lambda: range.__new__(range, 4))
show("range.__new__(list)", lambda: range.__new__(list))
show("slice.__new__(slice, 1, 5)", lambda: slice.__new__(slice, 1, 5))
show("memoryview.__new__(memoryview, b'ab')", lambda: memoryview.__new__(memoryview, b"ab").tobytes())
show("memoryview.__new__()", lambda: memoryview.__new__())
show("deque.__new__()", lambda: collections.deque.__new__())
show("deque.__new__(None)", lambda: collections.deque.__new__(None))
show("deque.__new__(deque)", lambda: collections.deque.__new__(collections.deque))


class Tags(frozenset):
    def __new__(cls, *names):
        return super().__new__(cls, (n.lower() for n in names))

    def __repr__(self):
        return "Tags(%s)" % ", ".join(sorted(self))


t = Tags("B", "a")
print("Tags", t, len(t), "a" in t, type(t).__name__)
print("Tags | ", sorted(t | {"c"}))


class Span(frozenset):
    pass


print("Span", sorted(Span([2, 1])), sorted(Span.__new__(Span, [5])))

it = iter([1, 2])
show("list_iterator.__init__(1, 2)", lambda: type(it).__init__(it, 1, 2))
g = (x for x in ())
show("generator.__init__(1)", lambda: type(g).__init__(g, 1))
show("keys.__init__(1)", lambda: type({}.keys()).__init__({}.keys(), 1))
show("object().__init__(1)", lambda: object().__init__(1))


class Plain:
    pass


show("Plain().__init__(1)", lambda: Plain().__init__(1))
show("Plain(1)", lambda: Plain(1))


class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)


show("WithNew(1)", lambda: type(WithNew(1)).__name__)
show("WithNew().__init__(1)", lambda: WithNew().__init__(1))

m = memoryview(b"abc")
show("hash(readonly view)", lambda: hash(m) == hash(b"abc"))
show("hash(writable view)", lambda: hash(memoryview(bytearray(b"abc"))))
show("hash(view 'i')", lambda: hash(memoryview(b"abcd").cast("i")))
show("view in set", lambda: len({m, memoryview(b"abc")}))
show("m.__hash__()", lambda: m.__hash__() == hash(b"abc"))
show("m[None]", lambda: m[None])
show("m.__getitem__(1)", lambda: m.__getitem__(1))
show("m.__len__()", lambda: m.__len__())
show("list(m.__iter__())", lambda: list(m.__iter__()))
show("del m[0]", lambda: m.__delitem__(0))
wm = memoryview(bytearray(b"xyz"))
show("del writable[0]", lambda: wm.__delitem__(0))
show("setitem readonly", lambda: m.__setitem__(0, 1))
wm.__setitem__(0, 65)
print("writable after setitem", bytes(wm))
show("cast()", lambda: m.cast())
show("cast(None)", lambda: m.cast(None))
show("cast('c')", lambda: m.cast("c").tolist())
