"""A validation layer: custom exception hierarchy, raise ... from, implicit chaining, __suppress_context__,
ExceptionGroup with except*, add_note, traceback formatting of chains, exceptions in finally and generators."""
import traceback
import sys


class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


class MissingField(ValidationError):
    pass


class BadType(ValidationError, TypeError):
    pass


SCHEMA = {"name": str, "age": int, "email": str}


def validate(record):
    errors = []
    for key, typ in SCHEMA.items():
        if key not in record:
            errors.append(MissingField(key, "required"))
        elif not isinstance(record[key], typ):
            e = BadType(key, f"expected {typ.__name__}, got {type(record[key]).__name__}")
            e.add_note(f"value was {record[key]!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} problem(s) in record", errors)
    return record


def load(raw):
    try:
        parts = dict(p.split("=", 1) for p in raw.split(";"))
    except ValueError as e:
        raise ValueError(f"malformed record {raw!r}") from e
    if "age" in parts:
        try:
            parts["age"] = int(parts["age"])
        except ValueError:
            pass
    return validate(parts)


for raw in ["name=Ann;age=31;email=a@x", "name=Bob;age=old", "garbage", "age=3"]:
    try:
        print("ok:", load(raw))
    except* MissingField as eg:
        print("missing:", sorted(e.field for e in eg.exceptions))
    except* TypeError as eg:
        for e in eg.exceptions:
            print("type:", e, e.__notes__, isinstance(e, ValidationError))
    except* ValueError as eg:
        e = eg.exceptions[0]
        print("value:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)


def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        raise KeyError(n)


try:
    risky(0)
except KeyError as e:
    print("context:", type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
    lines = traceback.format_exception(e)
    print(sum("During handling" in l for l in lines), lines[-1].strip())

try:
    try:
        raise OSError(2, "No such file", "cfg.ini")
    except OSError as e:
        print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
        raise RuntimeError("config unavailable") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    print("".join(traceback.format_exception_only(e)).strip())


def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("gen closing")
        raise
    finally:
        print("gen finally")


g = gen()
next(g)
g.close()
g = gen()
next(g)
try:
    g.throw(ValueError("injected"))
except ValueError as e:
    print("thrown back:", e)


def finally_wins():
    try:
        raise ValueError("lost")
    finally:
        return "finally value"


print(finally_wins())
eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])])
match_v, rest = eg.split(ValueError)
print(repr(match_v), "|", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise eg
except* TypeError as g1:
    print("caught types", [str(x) for x in g1.exceptions])
except* ValueError as g2:
    print("caught values", len(g2.exceptions), g2.message)
try:
    try:
        raise ExceptionGroup("batch", [KeyError("k"), OSError("o")])
    except* KeyError:
        raise IndexError("from handler")
except ExceptionGroup as e:
    print(type(e).__name__, [type(x).__name__ for x in e.exceptions])
err = ValueError("base")
err.add_note("note one")
err.add_note("note two")
print("".join(traceback.format_exception_only(err)), end="")
print(sys.exc_info())
try:
    {}["k"]
except LookupError as e:
    print(type(e).__mro__[1].__name__, e.args, repr(e))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    int("x1")
except ValueError as e:
    print(e)
