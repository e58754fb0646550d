"""An error reporter for a job runner: traceback.format_exception / format_exception_only / extract_tb /
walk_tb / StackSummary, chained exceptions (cause, context, suppressed), add_note, TracebackException with
limits, sys.exc_info inside handlers, exception attributes (args, with_traceback), and the uncaught exception
at the end (its last line is checked). File names are reduced to their base names."""
import os
import sys
import traceback


def clean(text):
    return "\n".join(line.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
                     for line in text.splitlines())


def parse(value):
    return int(value)


def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            raise RuntimeError(f"bad record {v!r}") from e
    return out


def run_job(name, values):
    try:
        return load(values)
    except RuntimeError as e:
        e.add_note(f"job: {name}")
        e.add_note("hint: check the input file")
        raise


try:
    run_job("import", ["1", "2", "x3"])
except RuntimeError as exc:
    print(clean("".join(traceback.format_exception(exc))))
    print("--- only:", traceback.format_exception_only(type(exc), exc))
    print("--- notes:", exc.__notes__, type(exc.__cause__).__name__, exc.__suppress_context__)
    frames = traceback.extract_tb(exc.__traceback__)
    print([(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in frames])
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(exc.__traceback__)])
    te = traceback.TracebackException.from_exception(exc, limit=1)
    print(clean("".join(te.format(chain=False))))
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, len(te.stack))

try:
    try:
        {}["k"]
    except KeyError:
        1 / 0
except ZeroDivisionError as exc:
    print(clean("".join(traceback.format_exception(type(exc), exc, exc.__traceback__))))
    print(type(exc.__context__).__name__, exc.__cause__, exc.__suppress_context__)

try:
    try:
        [].pop()
    except IndexError:
        raise TypeError("replaced") from None
except TypeError as exc:
    print(clean("".join(traceback.format_exception(exc))), exc.__suppress_context__, type(exc.__context__).__name__)


def handler():
    t, v, tb = sys.exc_info()
    return t.__name__, str(v), tb.tb_frame.f_code.co_name, sys.exception() is v


try:
    raise OSError(2, "No such file", "data.csv")
except OSError:
    print(handler(), sys.exc_info() != (None, None, None))
print(sys.exc_info(), sys.exception())
e = OSError(2, "No such file", "data.csv")
print(e.args, e.errno, e.strerror, e.filename, str(e), type(e).__name__, FileNotFoundError.__mro__[1].__name__)
print(str(KeyError("k")), str(KeyError("a", "b")), repr(ValueError()), str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(traceback.format_exception_only(SyntaxError, SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6))))
stack = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 20, "g", None)])
print("".join(stack.format()), end="")
print(traceback.format_list([("m.py", 7, "<module>", "main()")]))


def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)


try:
    deep(3)
except LookupError as exc:
    print(clean("".join(traceback.format_exception(exc, limit=2))))
    print(clean("".join(traceback.format_exception(exc, limit=-2))))
    print(clean(traceback.format_exc(limit=1)))
err = ValueError("final")
err.add_note("noted")
try:
    raise err.with_traceback(None)
except ValueError as exc:
    print(traceback.format_exception_only(exc), exc.__traceback__.tb_next is None)
run_job("export", ["7", "eight"])
