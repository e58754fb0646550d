# Method lookups on instances of heap subclasses of built-in types through warmed code sites: LOAD_ATTR of a
# method (bound through the site's cache entry), LOAD_METHOD of a Python method, one site that sees plain class
# instances and built-in subclass instances in turn, methods deleted or replaced after the site warmed up, a
# method descriptor of another class, __getattr__, class and static methods, properties and __slots__.


class IntSub(int):
    def twice(self):
        return int(self) * 2


class ListSub(list):
    def first(self):
        return self[0]


class Plain:
    def first(self):
        return "plain"


class Slotted(list):
    __slots__ = ("tag",)

    def first(self):
        return "slotted %s" % self.tag


def get_first(o):
    return o.first             # LOAD_ATTR


def call_first(o):
    return o.first()           # LOAD_METHOD


def get_twice(o):
    return o.twice


k = IntSub(21)
print([k.twice() for _ in range(3)], [get_twice(k)() for _ in range(3)], type(get_twice(k)).__name__)
print(get_twice(k).__self__ is k, get_twice(k).__func__ is IntSub.twice)

ls = ListSub([4, 5])
sl = Slotted([1])
sl.tag = "t"
objs = [Plain(), ls, sl, Plain(), ListSub([9])]
out = []
for _ in range(12):
    for o in objs:
        out.append((get_first(o)(), call_first(o)))
print(out[:5], len(out), out[-5:] == out[:5])

# replaced, then deleted, after the sites warmed up
ListSub.first = lambda self: "replaced"
print(get_first(ls)(), call_first(ls))
del ListSub.first
for f in (get_first, call_first):
    try:
        f(ls)
    except AttributeError as e:
        print("AttributeError", e)


# a method descriptor of another class put into a subclass's namespace: calling it raises
class Odd(list):
    keys = dict.keys


odd = Odd([1])
for _ in range(3):
    try:
        print(odd.keys())
    except TypeError as e:
        print("TypeError", e)
    try:
        m = odd.keys
        print(type(m).__name__, m())
    except TypeError as e:
        print("TypeError", e)


# __getattr__ is not asked for a method the class has; it answers for missing names
class Hooked(list):
    def __getattr__(self, name):
        return "hook " + name

    def size(self):
        return len(self)


h = Hooked([1, 2, 3])
print([h.size() for _ in range(3)], [h.size for _ in range(2)][0](), h.missing, h.size.__name__)


# class methods, static methods and properties on a built-in subclass
class Rich(dict):
    @classmethod
    def make(cls):
        return cls(a=1)

    @staticmethod
    def helper(x):
        return x + 1

    @property
    def n(self):
        return len(self)


r = Rich(x=1, y=2)
print([type(r.make()).__name__ for _ in range(3)], [r.helper(i) for i in range(3)], [r.n for _ in range(3)])
print([r.make for _ in range(2)][1]().n, r.helper.__name__)


# an instance attribute set after warm-up shadows the method on a dict-bearing built-in subclass
class Shadow(list):
    def who(self):
        return "method"


s = Shadow()
res = [s.who() for _ in range(5)] + [s.who()() if False else s.who.__name__ for _ in range(5)]
s.who = lambda: "instance"
print(res, s.who(), [s.who for _ in range(3)][2]())
del s.who
print(s.who(), [s.who for _ in range(3)][2]())
