"""Line events and traceback lines of attributes whose name is on a later line than the object: loads, stores,
deletes, augmented assignments and method calls in a chain, as CPython 3.11 places them (on the name's line)."""
import sys
import traceback


class O:
    y = 1

    def m(self, *a):
        return self

    @property
    def bad(self):
        return 1 / 0


o = O()
L = [1, 2]


def body():
    x = (o
         .y)
    (o
     .y) = 5
    (o
     .m)()
    (o
     .y) += 2
    L[
      1] += 2
    o.y += (
        3)
    o.m(
        1)
    (o.m(1)
      .m(2)
      .m())
    o.z = 1
    del (o
         .z)
    return x


events = []


def tracer(frame, event, arg):
    if frame.f_code is body.__code__:
        events.append((event, frame.f_lineno - body.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
body()
sys.settrace(None)
print(events)


def chain():
    return (o.m(1)
             .m(2)
             .nope())


def load():
    x = (o
         .bad)


def aug():
    (o.m()
      .bad) += 1


def aug1():
    o.bad += 1


for fn in (chain, load, aug, aug1):
    try:
        fn()
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(fn.__name__, type(e).__name__, [(f.name, f.lineno - fn.__code__.co_firstlineno if f.name == fn.__name__
                                               else f.line) for f in tb[1:]])
        print("".join(traceback.format_exception(e)[-4:-1]).replace(__file__, "FILE"), end="")
