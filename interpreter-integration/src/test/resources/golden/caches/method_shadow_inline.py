# LOAD_METHOD's inline hit: an instance attribute shadowing the method, a site seeing several classes,
# a method replaced on the class, a class with __getattribute__, a builtin method descriptor
class A:
    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


class G(A):
    def __getattribute__(self, name):
        if name == "m":
            return lambda: "G.getattribute"
        return object.__getattribute__(self, name)


def call_all(objs):
    return [o.m() for o in objs]


a, b, g = A(), B(), G()
print(call_all([a, b, a, b]))
a.m = lambda: "instance attr"
print(call_all([a, b, A()]))
del a.m
print(call_all([a, b, g]))
A.m = lambda self: "replaced"
print(call_all([a, b, A(), g]))
print(call_all([[1], a]) if False else [x.count(1) for x in ([1], [1, 1])])
for i in range(3):
    o = [A(), B(), G()][i]
    if i == 1:
        o.__dict__["m"] = lambda: "dict entry"
    print(o.m())
