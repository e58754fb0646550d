# Inline caches of attribute loads and stores (type version tags): every change that alters the answer of a warm
# site must be seen at that site. Each loop runs a site many times before and after the change.


class Base:
    def greet(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, x):
        self.x = x


def greet_all(objs):
    return [o.greet() for o in objs]


def read_x(objs):
    return [o.x for o in objs]


objs = [Leaf(i) for i in range(5)]
for _ in range(50):
    greet_all(objs)
print("method before:", greet_all(objs)[:2])

# a method assigned on a base class after the cache is warm
Base.greet = lambda self: "base2"
print("method reassigned on base:", greet_all(objs)[:2])

# a method added to an intermediate class shadows the base's
Mid.greet = lambda self: "mid"
print("method added on mid:", greet_all(objs)[:2])

# deleting it uncovers the base's again
del Mid.greet
print("method deleted on mid:", greet_all(objs)[:2])

# an instance attribute shadows the class's method
objs[0].greet = lambda: "instance"
print("instance shadows:", greet_all(objs)[:2])
del objs[0].greet
print("instance attr deleted:", greet_all(objs)[:2])

# a data descriptor added to a base after instance-dict loads are warm takes precedence over the instance dict
for _ in range(50):
    read_x(objs)
print("x before:", read_x(objs))
Base.x = property(lambda self: "prop")
print("x with property on base:", read_x(objs))
del Base.x
print("x after deleting property:", read_x(objs))


def write_x(objs, v):
    for o in objs:
        o.x = v


for _ in range(50):
    write_x(objs, 1)
log = []
Base.x = property(lambda self: "getter", lambda self, v: log.append(v))
write_x(objs, 7)
print("stores through a setter added later:", log, read_x(objs)[:1])
del Base.x
write_x(objs, 9)
print("stores after deleting it:", read_x(objs))


# class attribute rebinding in place (a counter on the class) is seen by instance loads
class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return self.count


c = Counter()
print("class counter:", [c.bump() for _ in range(5)])
c.count = 100
print("instance shadows the counter:", c.bump(), Counter.count)
del c.count
print("shadow deleted:", c.bump())


# a class attribute rebound from a plain value to a data descriptor, in place
class Flip:
    v = 1


def read_v(o):
    return o.v


f = Flip()
f.__dict__["v"] = "inst"
for _ in range(50):
    read_v(f)
print("plain class attr, instance value:", read_v(f))
Flip.v = property(lambda self: "flipped")
print("class attr rebound to a property:", read_v(f))
Flip.v = 2
print("rebound back to a plain value:", read_v(f))


# __getattribute__ and __getattr__ added after the sites are warm
class Late:
    def __init__(self):
        self.a = 1


def read_a(o):
    return o.a


def read_b(o):
    try:
        return o.b
    except AttributeError as e:
        return "AttributeError: " + str(e)


la = Late()
for _ in range(50):
    read_a(la)
    read_b(la)
print("before hooks:", read_a(la), read_b(la))
Late.__getattr__ = lambda self, n: "getattr " + n
print("with __getattr__:", read_a(la), read_b(la))
Late.__getattribute__ = lambda self, n: "getattribute " + n
print("with __getattribute__:", read_a(la), read_b(la))
del Late.__getattribute__
del Late.__getattr__
print("hooks removed:", read_a(la), read_b(la))


# __setattr__ added later
class Guard:
    pass


def set_y(o, v):
    o.y = v


g = Guard()
for i in range(50):
    set_y(g, i)
Guard.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
set_y(g, 3)
print("__setattr__ added later:", g.y)


# __class__ assignment moves an instance to another class with other attributes
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    @property
    def val(self):
        return "B.val"


def who_all(o):
    return o.who()


def val_of(o):
    return o.val


a = A()
a.val = "a.val"
for _ in range(50):
    who_all(a)
    val_of(a)
print("before __class__ assignment:", who_all(a), val_of(a))
a.__class__ = B
print("after __class__ assignment:", who_all(a), val_of(a))


# a subclass created after the base's sites are warm, and a base change seen through the subclass
class Animal:
    sound = "..."

    def speak(self):
        return self.sound


class Dog(Animal):
    sound = "woof"


def speak_all(xs):
    return [x.speak() for x in xs]


pets = [Animal(), Dog()]
for _ in range(50):
    speak_all(pets)
print("polymorphic site:", speak_all(pets))
del Dog.sound
print("subclass attr deleted:", speak_all(pets))
Animal.sound = "hm"
print("base attr rebound:", speak_all(pets))
Animal.speak = lambda self: "silent " + self.sound
print("base method replaced:", speak_all(pets))

# attribute deletion on instances, with the site warm
o = Leaf(3)
for _ in range(50):
    read_x([o])
del o.x
try:
    read_x([o])
except AttributeError as e:
    print("deleted instance attr:", e)
o.x = "again"
print("re-added:", read_x([o]))
