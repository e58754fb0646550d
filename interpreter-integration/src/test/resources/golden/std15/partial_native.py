# functools.partial is the interpreter's own (_functools), with the C type's behaviour: only real partials are
# flattened (an object answering every attribute, like a Mock, is not), the attributes are read-only, __setstate__
# checks its state, and repr stops at cycles.
import copy
import functools
import pickle


class Anything:
    def __getattr__(self, name):
        return Anything()

    def __call__(self, *a, **k):
        return ("called", a, k)


p = functools.partial(Anything(), 1, x=2)
print(p(3))
print(type(p.func).__name__, p.args, p.keywords)
inner = functools.partial(max, 1)
outer = functools.partial(inner, 5)
print(outer.func is max, outer.args, outer(3))
inner.tag = "has a dict"
print(functools.partial(inner, 5).func is inner)


class Sub(functools.partial):
    pass


s = Sub(min, 4)
print(repr(s), s(2), isinstance(s, functools.partial))
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, None)
    except AttributeError:
        print(attr, "is read-only")
f = functools.partial(print)
f.__setstate__((f, (), {}, {}))
print(repr(f))
f.__setstate__((print, (f,), {'k': f}, None))
print(repr(f))
for bad in [(print, (), {}), [print, (), {}, None], (None, (), {}, None), (print, [], {}, None)]:
    try:
        f.__setstate__(bad)
    except TypeError:
        print("bad state refused")
g = functools.partial(sorted, [3, 1, 2], reverse=True)
g.note = [1]
h = pickle.loads(pickle.dumps(g))
print(h(), h.note, copy.deepcopy(g)(), copy.copy(g).note is g.note)
try:
    functools.partial(3)
except TypeError as e:
    print(e)
print(functools.partial[int])
try:
    del p.__dict__
except TypeError as e:
    print("TypeError:", e)
