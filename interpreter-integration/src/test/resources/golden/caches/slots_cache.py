# __slots__ members through the inline caches: loads, stores, deletion, subclasses with and without a __dict__,
# and a slot name shadowed by a descriptor in a subclass added after the sites are warm.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class R(P):
    pass


def move(ps):
    for p in ps:
        p.x = p.x + p.y


def xs(ps):
    return [p.x for p in ps]


ps = [P(1, 1), Q(2, 2, 2), R(3, 3)]
for _ in range(40):
    move(ps)
print("moved:", xs(ps))
ps[2].extra = "dict ok"
print("R has a __dict__:", ps[2].extra, sorted(ps[2].__dict__))
try:
    ps[0].extra = 1
except AttributeError as e:
    print("P has no __dict__:", e)

# an unset slot
p = P.__new__(P)
try:
    xs([p])
except AttributeError as e:
    print("unset slot:", e)
p.x = 5
print("set slot:", xs([p]))
del p.x
try:
    xs([p])
except AttributeError as e:
    print("deleted slot:", e)


# a property in a subclass shadows the inherited slot (added after the sites are warm)
class S(P):
    pass


def set_x(o, v):
    o.x = v


s = S(10, 1)
for i in range(40):
    xs([s])
    set_x(s, i)
print("before shadowing:", xs([s]))
stored = []
S.x = property(lambda self: "shadowed", lambda self, v: stored.append(v))
set_x(s, 99)
print("after shadowing:", xs([s]), stored)
del S.x
print("shadow removed:", xs([s]))


# a slot member reassigned on the class with a plain value
class T:
    __slots__ = ("v",)


t = T()
t.v = 1
for _ in range(40):
    xs_v = [t.v]
T.v = "class value"
print("slot descriptor replaced by a value:", t.v)
try:
    t.v = 2
except AttributeError as e:
    print("store after replacement:", e)
