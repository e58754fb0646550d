# SyntaxErrors of common mistakes: message, line, offset and end offset, as CPython 3.11 reports them
cases = [
    "x = 1\nif x = 1:\n    pass\n",
    "return x\n",
    "for i in range(3):\n    pass\nbreak\n",
    "items = [1 2 3]\n",
    "t = (1 2)\n",
    "print('a' 'b' 1 'c')\n",
    "f(a, b c)\n",
    "f(a=1, 2)\n",
    "f(a=1, 2, 3)\n",
    "f(**k, 2)\n",
    "f(**k, *a)\n",
    "x := 5\n",
    "x = y := 5\n",
    "print 'hello'\n",
    "del f()\n",
    "f() = 1\n",
    "a, b += 1\n",
    "x = 1 if 2\n",
    "def f():\n    nonlocal q\n",
    "x = 1\ndef f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n  y = 2\n",
    "class A:\n    def f(self):\n        pass\n  def g(self):\n        pass\n",
    "def f():\n    yield 1\n    return 2\nclass C:\n    return 1\n",
    "while True:\n    def g():\n        continue\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        if isinstance(e, IndentationError):
            print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
        else:
            print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
