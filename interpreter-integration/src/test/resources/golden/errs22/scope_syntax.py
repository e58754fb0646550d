srcs = ["nonlocal x\n", "def f():\n    nonlocal x\n", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
        "def f(x):\n    global x\n", "def f(x):\n    nonlocal x\n", "x = 1\nglobal x\n", "def f():\n    x = 1\n    global x\n",
        "class C:\n    nonlocal x\n", "def f():\n    global x\n    nonlocal x\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "def f():\n    print(x)\n    global x\n", "def f():\n    global x\n    global x\n", "def f():\n    def g():\n        nonlocal y\n",
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", "def f(a, a): pass\n", "lambda a, a: 1\n", "def f(*, a, a=1): pass\n",
"def f():\n    for x in y: pass\n    global x\n", "def f():\n    x: int\n    global x\n",
        "def f():\n    global x\n    x: int = 1\n", "[x for x in y if (nonlocal_x := 1)]\n", "class C:\n    [i := 0 for i in y]\n",
        "[(i := 0) for i in y]\n", "[i for i in (j := y)]\n"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
def g():
    def h():
        return y
    h()
    y = 1
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
def k():
    z = 1
    del z
    return z
k()
