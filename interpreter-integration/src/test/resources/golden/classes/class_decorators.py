registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
@register
@add_hello
class A: pass
@register
class B(A): pass
print(registry, A().hello(), B().hello())
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Conf:
    def __init__(self, v): self.v = v
print(Conf(1).v, Conf(2).v, Conf(1) is Conf(3))
