# LOAD_METHOD on instances of Python classes: an instance attribute of the method's name shadows the method,
# however it got into the instance dict (STORE_ATTR, setattr, __dict__[name], vars(), __dict__ assignment,
# update/setdefault, __class__ assignment, a later class attribute, a non-str key equal to the name), and the
# method is found again after del; the call sites below are warm (their inline caches filled) before each change.


class C:
    def __init__(self, a, b, order):
        if order:
            self.a = a
            self.b = b
        else:
            self.b = b
            self.a = a

    def m(self):
        return "C.m(%s)" % (self.a,)

    def k(self):
        return "C.k"


def call_m(o):
    return o.m()


def call_k(o):
    return o.k()


def call_later(o):
    return o.later()


def warm(objs, n=50):
    r = None
    for _ in range(n):
        for o in objs:
            r = call_m(o)
            call_k(o)
    return r


objs = [C(i, -i, i % 2 == 0) for i in range(20)]
print(warm(objs))

# 1. STORE_ATTR of the method's name on one instance
o = objs[3]
o.m = lambda: "instance m via STORE_ATTR"
print(call_m(o), call_m(objs[4]))
warm(objs)
print(call_m(o))

# 2. del brings the class's method back
del o.m
print(call_m(o))
warm(objs)

# 3. setattr
setattr(objs[5], "m", lambda: "instance m via setattr")
print(call_m(objs[5]), call_m(objs[6]))
del objs[5].m
warm(objs)

# 4. __dict__[name] and vars()
objs[6].__dict__["m"] = lambda: "instance m via __dict__"
print(call_m(objs[6]))
vars(objs[7])["k"] = lambda: "instance k via vars()"
print(call_k(objs[7]), call_k(objs[8]))
del objs[6].m, objs[7].k
warm(objs)
print(call_m(objs[6]), call_k(objs[7]))

# 5. __dict__ replaced wholesale, update, setdefault
objs[8].__dict__ = {"a": 8, "b": 0, "m": lambda: "instance m via __dict__ assignment"}
print(call_m(objs[8]), call_m(objs[9]))
objs[8].__dict__ = {"a": 88}
print(call_m(objs[8]))
objs[9].__dict__.update(k=lambda: "instance k via update")
print(call_k(objs[9]))
objs[10].__dict__.setdefault("k", lambda: "instance k via setdefault")
print(call_k(objs[10]), call_k(objs[11]))
warm(objs)

# 6. a class attribute added after instances hold that name
for i, o in enumerate(objs):
    o.later = (lambda i=i: "instance later %d" % i) if i % 3 == 0 else None
p = C(100, 100, True)
C.later = lambda self: "C.later"
print(call_later(objs[0]), call_later(objs[3]), call_later(p))
print([call_later(o) for o in objs if o.later is not None][:3])
for _ in range(30):
    call_later(p)
print(call_later(objs[6]), call_later(p))
p.later = lambda: "p later"
print(call_later(p))

# 7. __class__ assignment: an instance dict whose keys were set under another class


class D:
    def __init__(self):
        self.x = 1


class E:
    def x(self):
        return "E.x"

    def y(self):
        return "E.y"


def call_x(o):
    return o.x()


def call_y(o):
    return o.y()


es = [E() for _ in range(5)]
for _ in range(50):
    for e in es:
        call_x(e)
        call_y(e)
d = D()
d.x = lambda: "instance x kept across __class__"
d.y = lambda: "instance y kept across __class__"
d.__class__ = E
print(call_x(d), call_y(d), call_x(es[0]))

# 8. subclass instances, several types at one site


class F(C):
    def m(self):
        return "F.m"


class G(C):
    pass


mixed = [C(1, 1, True), F(2, 2, False), G(3, 3, True)] * 4
for _ in range(40):
    for o in mixed:
        call_m(o)
print([call_m(o) for o in mixed[:3]])
mixed[1].m = lambda: "F instance m"
mixed[2].__dict__["m"] = lambda: "G instance m"
print([call_m(o) for o in mixed[:6]])

# 9. many attribute names on instances of one class (more than any fixed table), then a shadow


class Wide:
    def m(self):
        return "Wide.m"


ws = [Wide() for _ in range(4)]
for i in range(300):
    setattr(ws[i % 4], "attr%d" % i, i)
for _ in range(40):
    for w in ws:
        call_m(w)
ws[2].m = lambda: "Wide instance m"
print([call_m(w) for w in ws])

# 10. __slots__: no instance dict, and __slots__ with __dict__


class S:
    __slots__ = ("a",)

    def m(self):
        return "S.m"


class SD:
    __slots__ = ("a", "__dict__")

    def m(self):
        return "SD.m"


ss = [S(), SD(), S(), SD()]
for _ in range(40):
    for s in ss:
        call_m(s)
try:
    ss[0].m = lambda: "no"
except AttributeError as e:
    print("AttributeError:", e)
ss[1].m = lambda: "SD instance m"
print([call_m(s) for s in ss])

# 11. a non-str key equal to the name (its own __hash__ and __eq__)


class Name:
    def __hash__(self):
        return hash("k")

    def __eq__(self, other):
        return other == "k"


class K:
    def __init__(self):
        self.a = 1

    def k(self):
        return "K.k"


q, q2 = K(), K()
for _ in range(40):
    call_k(q)
    call_k(q2)
q.__dict__[Name()] = lambda: "instance k via a non-str key"
print(call_k(q), call_k(q2))

# 12. a method added to the class, then shadowed on an instance, then deleted from the class


class H:
    pass


hs = [H() for _ in range(3)]
H.m = lambda self: "H.m"
for _ in range(40):
    for h in hs:
        call_m(h)
hs[1].m = lambda: "H instance m"
print([call_m(h) for h in hs])
del H.m
try:
    call_m(hs[0])
except AttributeError as e:
    print("AttributeError:", e)
print(call_m(hs[1]))
