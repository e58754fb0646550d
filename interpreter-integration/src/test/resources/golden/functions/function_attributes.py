def f(a, b=2, *c, d, e=5, **g):
    "docstring here"
    x = 1
    return x
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_name)
print(f.__qualname__)
class C:
    def m(self): pass
print(C.m.__qualname__, C.m.__name__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
