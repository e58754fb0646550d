"""A for loop over a call's generator closes it when the loop is left early, as CPython's reference count does."""
import contextlib


def numbers(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("  cleanup", name)


print("break:")
for v in numbers("a"):
    if v == 2:
        break
print("after break")

print("exhausted:")
for v in numbers("b", 2):
    pass
print("after exhaustion")

print("continue:")
for v in numbers("c", 3):
    if v < 2:
        continue
    print("  last", v)


def first_over(limit):
    for v in numbers("d"):
        if v > limit:
            return v
    return None


print("return:", first_over(1))

print("exception caught in the same function:")
try:
    for v in numbers("e"):
        if v == 1:
            raise ValueError("stop at 1")
except ValueError as exc:
    print("  caught", exc)


def raiser():
    for v in numbers("f"):
        if v == 3:
            1 / 0


print("exception caught by a caller:")
try:
    raiser()
except ZeroDivisionError as exc:
    print("  caught", exc)

print("nested loops:")
for a in numbers("outer", 3):
    for b in numbers("inner-%d" % a, 3):
        if b == 1:
            break
    if a == 1:
        break


@contextlib.contextmanager
def resource(name):
    print("  open", name)
    try:
        yield name
    finally:
        print("  close", name)


def lines(name):
    with resource(name) as r:
        for i in range(3):
            yield "%s:%d" % (r, i)


print("with inside the generator:")
for line in lines("file1"):
    print("  got", line)
    break


class Tree:
    def __init__(self, *kids):
        self.kids = kids

    def walk(self, depth=0):
        try:
            yield depth
            for k in self.kids:
                yield from k.walk(depth + 1)
        finally:
            print("  leave depth", depth)


print("a method's generator with yield from:")
for d in Tree(Tree(Tree()), Tree()).walk():
    if d == 2:
        break


def stubborn():
    try:
        yield 1
    finally:
        yield 2


import sys


def hook(args):
    print("  unraisable:", args.exc_type.__name__, args.exc_value, "in", type(args.object).__name__,
          args.object.__name__, args.err_msg, args.exc_traceback is not None)


print("a generator that ignores GeneratorExit:")
sys.unraisablehook = hook
for v in stubborn():
    break
print("after stubborn")
sys.unraisablehook = sys.__unraisablehook__

print("a generator kept elsewhere is not closed:")
kept = numbers("kept")
for v in iter(kept):
    break
print("  next of kept:", next(kept))
registry = []


def make():
    g = numbers("registered")
    registry.append(g)
    return g


for v in make():
    break
print("  next of registered:", next(registry[0]))


def outer_gen():
    for v in numbers("in-generator"):
        yield v


print("closing a generator closes the one its loop owns:")
og = outer_gen()
print("  first", next(og))
og.close()
print("done")
print("the kept ones end when exhausted:", list(kept), list(registry[0]))
