"""A batch validator that collects errors: ExceptionGroup, except*, add_note, chaining, traceback formatting."""
import traceback
import sys
import contextlib


class RecordError(Exception):
    def __init__(self, idx, msg):
        super().__init__(f"record {idx}: {msg}")
        self.idx = idx


class MissingField(RecordError, KeyError):
    pass


class BadValue(RecordError, ValueError):
    pass


RECORDS = [
    {"id": 1, "qty": "3", "price": "9.50"},
    {"id": 2, "qty": "x", "price": "1.00"},
    {"id": 3, "price": "2.00"},
    {"id": 4, "qty": "-1", "price": "abc"},
    {"id": 5, "qty": "2", "price": "0.25"},
]


def parse(idx, rec):
    errors = []
    try:
        qty = int(rec["qty"])
        if qty < 0:
            raise BadValue(idx, f"negative qty {qty}")
    except KeyError as e:
        errors.append(MissingField(idx, f"missing {e}"))
    except ValueError as e:
        err = BadValue(idx, "qty not a number")
        err.__cause__ = e if not isinstance(e, RecordError) else None
        if isinstance(e, RecordError):
            err = e
        errors.append(err)
    try:
        price = float(rec["price"])
    except ValueError as e:
        err = BadValue(idx, "price not a number")
        err.add_note(f"raw value was {rec['price']!r}")
        err.add_note("prices use a dot as decimal separator")
        errors.append(err)
    if errors:
        raise ExceptionGroup(f"record {idx} invalid", errors)
    return qty * price


def run_batch(records):
    total, problems = 0.0, []
    for i, rec in enumerate(records):
        try:
            total += parse(i, rec)
        except ExceptionGroup as eg:
            problems.append(eg)
    if problems:
        raise ExceptionGroup("batch failed", problems)
    return total


try:
    run_batch(RECORDS)
except* MissingField as eg:
    print("missing:", [str(e) for e in eg.exceptions[0].exceptions], eg.message)
except* BadValue as eg:
    flat = []

    def walk(g, depth=0):
        for e in g.exceptions:
            if isinstance(e, BaseExceptionGroup):
                walk(e, depth + 1)
            else:
                flat.append((depth, str(e), getattr(e, "__notes__", []), type(e.__cause__).__name__))
    walk(eg)
    for row in flat:
        print("bad:", row)

print("ok total", run_batch([RECORDS[0], RECORDS[4]]))
eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), OSError(2, "nf")])])
match, rest = eg.split(ValueError)
print(repr(match), "|", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, OSError) or (isinstance(e, ExceptionGroup) and e.message == "inner")))
print(eg.derive([KeyError("k")]), len(eg.exceptions), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__
    print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)


def lookup(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise LookupError(f"config key {key!r} missing") from e


def load():
    try:
        lookup({}, "port")
    except LookupError:
        raise RuntimeError("startup failed")


try:
    load()
except RuntimeError as e:
    chain = []
    cur = e
    while cur:
        chain.append(f"{type(cur).__name__}({cur}) suppress={cur.__suppress_context__}")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
    lines = traceback.format_exception(e)
    print(len([l for l in lines if "During handling" in l or "direct cause" in l]), lines[-1].strip())
    print([l.strip() for l in traceback.format_exception_only(type(e), e)])

err = ValueError("bad")
err.add_note("note one")
print("".join(traceback.format_exception_only(ValueError, err)).strip().splitlines())
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as g:
        print("handled", [e.args for e in g.exceptions])
        raise KeyError("during handler")
except BaseException as e:
    print(type(e).__name__, [type(x).__name__ for x in getattr(e, "exceptions", [e])])
def gen():
    try:
        yield 1
    except* TypeError:
        print("gen caught group")
        yield 2
g = gen(); next(g)
print(g.throw(TypeError("t")))
tb = traceback.TracebackException.from_exception(ExceptionGroup("eg", [ValueError("a")]))
print([l.rstrip() for l in tb.format()][-4:])
