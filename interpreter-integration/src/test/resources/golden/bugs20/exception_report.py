# Error handling in a batch job: chained exceptions, notes, exception groups, traceback formatting.
import os
import traceback
import sys

class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job!r} failed: {reason}")
        self.job = job

class RetryableError(JobError):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise JobError(s, "not a number") from e

def run(job):
    if job == "boom":
        raise RetryableError(job, "transient")
    if job == "div":
        return 1 / 0
    return parse(job) * 2

results, errors = [], []
for job in ["1", "x", "boom", "div", "21"]:
    try:
        results.append(run(job))
    except RetryableError as e:
        e.add_note(f"attempt 1 of 3 for {job}")
        errors.append(e)
    except JobError as e:
        errors.append(e)
    except ArithmeticError as e:
        try:
            raise RuntimeError("arithmetic in job") from None
        except RuntimeError as r:
            errors.append(r)
    else:
        print("ok", job)
    finally:
        print("done", job)

print("results", results)
for e in errors:
    print(type(e).__name__, "|", e, "| cause:", repr(e.__cause__), "| context:", type(e.__context__).__name__,
          "| suppress:", e.__suppress_context__, "| notes:", getattr(e, "__notes__", None))

def lines(exc):
    return [l.rstrip("\n") for l in traceback.format_exception_only(type(exc), exc)]
for e in errors:
    print(lines(e))

try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling") 
except ValueError as e:
    tb = traceback.format_exception(e)
    print("".join(tb).count("During handling"), tb[-1].strip(), repr(e.__context__))

eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2")])])
print(repr(eg), eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("caught values:", [str(x) for x in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("caught types:", [str(x) for x in g.exceptions])
match_, rest = eg.split(ValueError)
print(match_, rest, eg.subgroup(lambda x: isinstance(x, TypeError)))
out = "".join(traceback.format_exception_only(eg))
print(out.strip())

def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)
try:
    deep(3)
except LookupError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(len(frames), [f.name for f in frames], frames[-1].line)
    print(traceback.format_tb(e.__traceback__)[-1].splitlines()[-1].strip())

try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise OSError(2, "No such file", "x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename, str(e))
print(issubclass(RetryableError, Exception), RetryableError.__mro__[1].__name__, isinstance(errors[0], JobError))

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
e = StopIteration(5)
print(e.value, repr(SystemExit(3)), BaseException.__subclasses__()[:0], ZeroDivisionError.__mro__[1].__name__)
sys.stderr.write("warning: some jobs failed\n")
# Paths in the report are relative to this script's folder (CPython makes the script's path absolute).
here = os.path.dirname(os.path.abspath(__file__)) + os.sep
print("".join(traceback.format_exception(errors[0])).replace(here, ""), end="")
