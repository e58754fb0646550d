# BaseExceptionGroup / ExceptionGroup: construction rules and the split API (CPython 3.11)
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(eg).__mro__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(str(ExceptionGroup("one", [ValueError()])))

b = BaseExceptionGroup("x", [ValueError(1)])
print(type(b).__name__, repr(b))
b = BaseExceptionGroup("x", [KeyboardInterrupt(), ValueError(1)])
print(type(b).__name__)

for args in [("m", []), ("m", None), (1, [ValueError()]), ("m", [1]), ("m", {ValueError()}), ("m",), ()]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(repr(ExceptionGroup("tuple ok", (ValueError(1),))))

nested = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3), ExceptionGroup("low", [KeyError(4)])]), OSError(5)])
match, rest = nested.split(ValueError)
print("split:", repr(match), "|", repr(rest))
print("split type tuple:", nested.split((KeyError, OSError)))
print("split predicate:", nested.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print("split all:", nested.split(Exception)[0] is nested, nested.split(Exception)[1])
print("split none:", nested.split(ZeroDivisionError)[0], nested.split(ZeroDivisionError)[1] is nested)
print("subgroup:", repr(nested.subgroup(TypeError)), nested.subgroup(ZeroDivisionError))
print("subgroup self:", nested.subgroup(lambda e: True) is nested)
print("subgroup group predicate:", repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low")))
try:
    nested.split(1)
except TypeError as e:
    print("TypeError", e)

# metadata is copied to the parts
try:
    raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as e:
    e.add_note("a note")
    m, r = e.split(ValueError)
    print(repr(m.__cause__), m.__traceback__ is e.__traceback__, m.__notes__, m.__notes__ is e.__notes__)

# derive and subclasses
d = eg.derive([KeyError(9)])
print(type(d).__name__, repr(d), d.__traceback__)

class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
m = MyEG("mine", [ValueError(1), TypeError(2)], 42)
print(repr(m), m.args, m.code)
v, t = m.split(ValueError)
print(type(v).__name__, v.code, repr(v), repr(t))

class Plain(ExceptionGroup):
    pass
p = Plain("plain", [ValueError(1), TypeError(2)])
print(repr(p.split(ValueError)), type(p.subgroup(ValueError)).__name__)

class BadBase(ExceptionGroup):
    pass
try:
    BadBase("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)

# add_note
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
for bad in [1, None]:
    try:
        e.add_note(bad)
    except TypeError as x:
        print("TypeError", x)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as x:
    print("TypeError", x)
print(hasattr(ValueError(), "__notes__"))
