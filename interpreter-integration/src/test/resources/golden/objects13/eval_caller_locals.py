# eval() without a namespace sees the calling function's locals (then globals, then builtins)
import collections

G = "global"


def f(x):
    y = x * 2
    print(eval("x + y"))
    print(eval("G + '/' + str(len([x]))"))
    od = collections.OrderedDict([("a", 1), ("b", 2)])
    OrderedDict = collections.OrderedDict
    print(eval(repr(od)) == od, type(eval(repr(od))).__name__)
    # comprehensions in eval'd code are their own scope: only the outermost iterable sees the locals
    print(eval("[v * 10 for v in (x, y)]"))
    # a local shadows a global of the same name
    G = "local"
    print(eval("G"))
    # explicit globals: the caller's locals are not used
    try:
        eval("y", {})
    except NameError as e:
        print("NameError:", e)
    print(eval("y", {}, {"y": 42}))


f(3)


class C:
    z = 7
    print(eval("z * 2"))


print(eval("G"))
