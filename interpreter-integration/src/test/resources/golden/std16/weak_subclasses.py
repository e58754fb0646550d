# type.__subclasses__() holds its classes weakly: a class nothing else references goes away
import gc


class Parent:
    pass


class Child(Parent):
    pass


class Other(Parent):
    pass


print([c.__name__ for c in Parent.__subclasses__()])
del Child
gc.collect()
print([c.__name__ for c in Parent.__subclasses__()])

# many short-lived classes do not pile up
for i in range(200):
    type('Tmp%d' % i, (Parent,), {})
gc.collect()
print([c.__name__ for c in Parent.__subclasses__()])

# a class kept alive elsewhere stays listed, in creation order
keep = [type('K%d' % i, (Parent,), {}) for i in range(3)]
gc.collect()
print([c.__name__ for c in Parent.__subclasses__()])

# dunder assignment on the base still reaches the live subclasses
Parent.__len__ = lambda self: 42
print(len(keep[1]()), len(Other()))
del Parent.__len__
try:
    len(keep[2]())
except TypeError as e:
    print("TypeError:", e)

# changing __bases__ moves a class between subclass lists
class A:
    pass


class B:
    pass


class C(A):
    pass


C.__bases__ = (B,)
print(A.__subclasses__(), [c.__name__ for c in B.__subclasses__()])
