# co_firstlineno of a decorated def or class is its first decorator's line (CPython 3.8+):
# inspect.getsource, tracebacks' "call" trace events and code reprs all read it.
import inspect
import sys


def deco(f):
    return f


def param(n):
    def wrap(f):
        f.n = n
        return f
    return wrap


@deco
@param(
    3)
def decorated():
    return 1


def plain():
    return 2


class Holder:
    @staticmethod
    def s():
        return 3

    @property
    def p(self):
        return 4


@deco
class Decorated:
    x = 1


print(decorated.__code__.co_firstlineno, plain.__code__.co_firstlineno)
print(Holder.s.__code__.co_firstlineno, Holder.p.fget.__code__.co_firstlineno)
lines, start = inspect.getsourcelines(decorated)
print(start, len(lines))
print(inspect.getsource(decorated), end="")
print(inspect.getsource(Holder.s), end="")

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "decorated":
        events.append((event, frame.f_lineno))
    return tracer


sys.settrace(tracer)
decorated()
sys.settrace(None)
print(events)
lam = deco(lambda: 5)
print(lam.__code__.co_firstlineno)
