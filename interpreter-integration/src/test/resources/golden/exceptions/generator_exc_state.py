# A generator's handled exception is its own (CPython's gi_exc_state): it is sys.exc_info() inside the generator
# while the generator runs in its except block, not in the caller after a yield, and it is back when the generator
# resumes; a generator that handles nothing sees its caller's exception.
import sys


def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def yields_in_handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler: " + str(name())
        yield "resumed in handler: " + str(name())
    yield "after handler: " + str(name())


g = yields_in_handler()
print(next(g), "| caller:", name())
try:
    raise ValueError("outer")
except ValueError as e:
    print("context of the caller's raise:", repr(e.__context__))
    print(next(g), "| caller:", name())
print(next(g), "| caller:", name())


def thrown_into():
    try:
        yield 1
    except ZeroDivisionError:
        yield "handling " + str(name())
    yield "done " + str(name())


t = thrown_into()
next(t)
print(t.throw(ZeroDivisionError), "| caller:", name())
print(next(t), "| caller:", name())


def sees_caller():
    yield name()
    yield name()


s = sees_caller()
try:
    raise TypeError
except TypeError:
    print("inside the caller's handler:", next(s))
print("outside:", next(s))


def inner():
    try:
        raise IndexError
    except IndexError:
        yield name()


def outer():
    yield from inner()
    yield name()


o = outer()
print("yield from:", next(o), "| caller:", name())
print("after the delegate:", next(o), "| caller:", name())


def ends_in_handler():
    try:
        raise LookupError
    except LookupError:
        yield 1
        return


e = ends_in_handler()
next(e)
for _ in e:
    pass
print("after a generator ended in its handler:", name())
try:
    raise RuntimeError("fresh")
except RuntimeError as err:
    print("fresh context:", err.__context__)
