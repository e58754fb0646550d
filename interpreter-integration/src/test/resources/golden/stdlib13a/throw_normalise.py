# gen.throw(type, value, tb) normalises as CPython does; a traceback's tb_next can be cut.
import sys


def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            return
        except BaseException as e:
            print("caught", type(e).__name__, repr(e))


x = g()
next(x)
eg = ExceptionGroup("two", [ValueError(1), KeyError(2)])
x.throw(ExceptionGroup, eg, None)
x.throw(KeyError, KeyError("k"))
x.throw(KeyError, ("a", "b"))
x.throw(KeyError, "z")
x.throw(KeyError)
x.throw(LookupError, KeyError("sub"))
x.throw(ValueError("inst"))
try:
    x.throw(ValueError("inst"), 1)
except TypeError as e:
    print("TypeError", e)
try:
    x.throw(1)
except TypeError as e:
    print("TypeError", e)


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError:
    tb = sys.exc_info()[2]
n = 0
t = tb
while t is not None:
    n += 1
    t = t.tb_next
print("entries", n)
tb.tb_next.tb_next = None
n = 0
t = tb
while t is not None:
    n += 1
    t = t.tb_next
print("entries after cut", n)
try:
    tb.tb_next = tb
except ValueError as e:
    print("ValueError", e)
try:
    tb.tb_next = 3
except TypeError as e:
    print("TypeError", e)
