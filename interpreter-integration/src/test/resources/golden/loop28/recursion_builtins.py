# RecursionError under sys.setrecursionlimit(100) through builtins that call back into Python, where stmpy counts
# as CPython 3.11 does: map's callback (no level of its own), == inside a list's `in` (a comparison level each),
# __repr__ through repr() (a level for the builtin's call and one for the repr, so the message names the repr),
# and plain recursion. The message and the traceback's length are compared.
import sys

sys.setrecursionlimit(100)


def report(name, f):
    try:
        f()
    except RecursionError as e:
        tb = e.__traceback__
        n = 0
        while tb:
            n += 1
            tb = tb.tb_next
        print(name, "RecursionError:", e, "| traceback entries:", n)


def via_map(n=0):
    return list(map(lambda x: via_map(n + 1), [0]))


report("map", via_map)


class E:
    def __eq__(self, other):
        return other in [E()]


report("eq in list", lambda: E() in [E()])


class R:
    def __repr__(self):
        return repr(self)


report("repr", lambda: repr(R()))


def plain(n=0):
    return plain(n + 1)


report("plain", plain)
deepest = []


def probe(n=0):
    deepest.append(n)
    return probe(n + 1)


try:
    probe()
except RecursionError:
    print("plain recursion reached depth", max(deepest))
