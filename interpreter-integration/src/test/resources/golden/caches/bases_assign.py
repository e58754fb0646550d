# __bases__ assignment with warm inline caches: method calls, attribute loads and isinstance through the changed
# hierarchy, a subclass below the changed class, and the errors CPython gives for bad assignments.


class A:
    tag = "A"

    def who(self):
        return "A.who"


class B:
    tag = "B"

    def who(self):
        return "B.who"

    def only_b(self):
        return "only B"


class C(A):
    pass


class D(C):
    pass


def probe(o):
    r = [o.who(), o.tag]
    try:
        r.append(o.only_b())
    except AttributeError as e:
        r.append("AttributeError")
    return r


objs = [C(), D()]
for _ in range(50):
    for o in objs:
        probe(o)
print("before:", [probe(o) for o in objs])
print("mro before:", [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print("after:", [probe(o) for o in objs])
print("mro after:", [k.__name__ for k in D.__mro__])
print("isinstance:", isinstance(objs[1], A), isinstance(objs[1], B), issubclass(D, B))
C.__bases__ = (A, B)
print("two bases:", [probe(o) for o in objs], [k.__name__ for k in D.__mro__])
C.__bases__ = (A,)
print("back:", [probe(o) for o in objs])

for bad in [(), [B], (int,), (C,), (D,), (1,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
print("unchanged:", [k.__name__ for k in D.__mro__])


class X:
    pass


class Y(X):
    pass


class Z(X):
    pass


try:
    X.__bases__ = (Y,)
except TypeError as e:
    print("cycle:", e)
print("Z mro:", [k.__name__ for k in Z.__mro__])
