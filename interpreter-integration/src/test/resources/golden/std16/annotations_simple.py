# Variable annotations: a parenthesized name is not "simple" (not stored, not bound), tuple/list targets and
# annotated globals are syntax errors; yield in comprehensions names the comprehension; annotations are
# evaluated in the enclosing scope
x: int
(y): str = 'y'
z: float = 1.0
print(__annotations__)


class C:
    a: int
    (b): int = 2
    c: 'C'


print(C.__annotations__, C.b)


def f():
    (no_such_global): int
    try:
        print(no_such_global)
    except NameError as e:
        print(type(e).__name__, e)


f()
srcs = ["(x,): int", "[x]: int", "def f():\n    (x, y): int = (1, 2)\n",
        "def f():\n    x: int\n    global x\n", "def f():\n    global x\n    x: int\n",
        "def f():\n    x: int\n    nonlocal x\n", "def f():\n    nonlocal x\n    x: int\n",
        "def g(): [(yield x) for x in ()]", "def g(): {(yield x) for x in ()}",
        "def g(): {(yield x): x for x in ()}", "def g(): ((yield x) for x in ())",
        "def g(): [x for x in [(yield 1)]]"]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), e)


def outer():
    T = int

    def inner():
        def g(a: T) -> T:
            return a
        return g
    return inner()


print(outer().__annotations__)


class P:
    pass


try:
    u, v = P()
except TypeError as e:
    print(e)
