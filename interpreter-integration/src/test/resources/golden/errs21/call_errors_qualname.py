# TypeErrors of calls name the function as CPython's _PyObject_FunctionStr does: module.qualname()
def outer():
    def g(a):
        return a
    return g
g = outer()
class A:
    def __init__(self, x):
        self.x = x
    def m(self, **kw):
        return kw
for call in (lambda: g(**[1]), lambda: g(a=1, **{'a': 2}), lambda: A(**1), lambda: A(1).m(**{'k': 1}, **{'k': 2}),
             lambda: dict(**{'a': 1}, **{'a': 2}), lambda: print(**5), lambda: [].append(**{})):
    try:
        print("ok", call())
    except TypeError as e:
        print(e)
print(g(**{'a': 3}))
