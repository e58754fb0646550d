"""sys.unraisablehook receives what nobody can catch: __del__, weakref callbacks, dropped generators."""
import gc
import sys
import weakref

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.err_msg,
                 type(args.object).__name__, args.exc_traceback is not None))


print(type(sys.__unraisablehook__).__name__, sys.unraisablehook is sys.__unraisablehook__)
sys.unraisablehook = hook


class Noisy:
    def __del__(self):
        raise KeyError("from __del__")


n = Noisy()
del n
gc.collect()


class Target:
    pass


def callback(ref):
    raise ValueError("from a weakref callback")


t = Target()
r = weakref.ref(t, callback)
del t
gc.collect()


def gen():
    try:
        yield 1
    finally:
        raise OSError("from a generator's finally")


for v in gen():
    break

for entry in seen:
    print(entry)


class BrokenHook:
    def __call__(self, args):
        raise RuntimeError("the hook itself fails")

    def __repr__(self):
        return "<a broken hook>"


sys.unraisablehook = BrokenHook()
for v in gen():
    break
sys.unraisablehook = sys.__unraisablehook__
try:
    sys.unraisablehook(42)
except TypeError as e:
    print("TypeError:", e)
print("end")
