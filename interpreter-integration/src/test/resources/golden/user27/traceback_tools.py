"""An error reporter built on the traceback module: format_exception, extract_tb, TracebackException, chains."""
import sys
import traceback


def level3(d):
    return d["missing"]


def level2(d):
    try:
        return level3(d)
    except KeyError as e:
        raise LookupError("lookup failed in level2") from e


def level1():
    try:
        level2({})
    except LookupError:
        raise RuntimeError("level1 gave up")


try:
    level1()
except RuntimeError as err:
    exc = err

lines = traceback.format_exception(exc)
text = "".join(lines)
print(text.replace(__file__, "FILE"))
print("---- only")
print(traceback.format_exception_only(type(exc), exc))
print("---- extract")
for fs in traceback.extract_tb(exc.__traceback__):
    print(fs.name, fs.lineno, repr(fs.line), fs.filename == __file__)
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), te.__cause__, type(te.__context__).__name__, len(te.stack))
print("".join(te.format_exception_only()), end="")
print("---- chain=False")
print("".join(traceback.format_exception(exc, chain=False)).replace(__file__, "FILE"), end="")
print("---- limit")
print("".join(traceback.format_tb(exc.__context__.__traceback__, limit=1)).replace(__file__, "FILE"), end="")


def gen_stack():
    return traceback.extract_stack(limit=2)


st = gen_stack()
print([f.name for f in st], traceback.format_list(st)[-1].replace(__file__, "FILE"), end="")
try:
    exec("x = (1,\n2, ]")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
    print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.msg)
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
e = ValueError("with note")
e.add_note("first note")
e.add_note("second\nnote")
print("".join(traceback.format_exception_only(e)), end="")
print(traceback.format_exception_only(KeyError("k"))[0], end="")
print(traceback.format_exception_only(None)[0] if False else "", end="")


class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Weird())[0], end="")
print(repr(traceback.format_exc()))
try:
    [1][5]
except IndexError:
    out = traceback.format_exc().replace(__file__, "FILE")
    print(out, end="")
    info = sys.exc_info()
    print(info[0].__name__, info[1], info[2].tb_lineno, sys.exception() is info[1])
print(sys.exception(), sys.exc_info())


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    tb = traceback.format_exception(e)
    print(len(tb) < 20, tb[-1], "".join(tb).count("Previous line repeated") == 1)
    print([l for l in tb if "repeated" in l])
