"""Batch job runner that collects failures into ExceptionGroups and handles them with except*."""
import traceback


class JobError(Exception):
    def __init__(self, job, msg):
        super().__init__(f"{job}: {msg}")
        self.job = job


class RetryableError(JobError):
    pass


class FatalError(JobError):
    pass


def run_job(name, kind):
    if kind == "ok":
        return name.upper()
    if kind == "retry":
        raise RetryableError(name, "temporarily unavailable")
    if kind == "fatal":
        e = FatalError(name, "corrupt input")
        e.add_note(f"job {name} was attempted once")
        e.add_note("see the operator manual")
        raise e
    if kind == "key":
        return {}[name]
    raise TypeError(f"bad kind {kind!r}")


def run_batch(jobs):
    results, errors = [], []
    for name, kind in jobs:
        try:
            results.append(run_job(name, kind))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} jobs failed", errors)
    return results


jobs = [("a", "ok"), ("b", "retry"), ("c", "fatal"), ("d", "key"), ("e", "retry"), ("f", "weird")]
try:
    run_batch(jobs)
except* RetryableError as eg:
    print("retry:", [str(e) for e in eg.exceptions])
except* FatalError as eg:
    for e in eg.exceptions:
        print("fatal:", e, e.__notes__)
except* (KeyError, TypeError) as eg:
    print("other:", sorted(type(e).__name__ for e in eg.exceptions), eg.message)

# split / subgroup / derive
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match_, rest = eg.split(ValueError)
print(repr(match_))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        g = MyGroup(self.message + "!", excs)
        g.extra = getattr(self, "extra", 0) + 1
        return g


g = MyGroup("mine", [ValueError("x"), TypeError("y")])
m, r = g.split(TypeError)
print(type(m).__name__, m.message, m.extra, type(r).__name__, r.message)

# BaseExceptionGroup vs ExceptionGroup
bg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__)
bg2 = BaseExceptionGroup("b", [ValueError(), TypeError()])
print(type(bg2).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)

# printing of a group with notes
try:
    try:
        raise ExceptionGroup("many", [ValueError("v"), FatalError("z", "bad")])
    except* ValueError:
        raise
except ExceptionGroup as e:
    e.add_note("group note")
    print("".join(traceback.format_exception_only(e)), end="")
    print(len(e.exceptions), [type(x).__name__ for x in e.exceptions])

# raising a new error inside except*
try:
    try:
        raise ExceptionGroup("g", [ValueError("first"), TypeError("second")])
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as e:
    print(type(e).__name__, repr(e.message), [repr(x) for x in e.exceptions])
    print(repr(e.exceptions[0].__context__))
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
