# except* rules checked by the compiler and at run time
bad = {
    "break": "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "return in finally-less nested try": "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return\n",
    "mixed except then except*": "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "mixed except* then except": "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "bare except*": "try:\n    pass\nexcept*:\n    pass\n",
    "break outside a loop, return at module level after it": "try:\n    pass\nexcept* ValueError:\n    break\nfinally:\n    return 0\n",
    "return at module level": "return 1\n",
}
for name, src in bad.items():
    try:
        compile(src, "<test>", "exec")
        print(name, "compiled")
    except SyntaxError as e:
        print(name, "-> SyntaxError:", e.msg)

ok = {
    "break in a loop inside the handler": "try:\n    pass\nexcept* ValueError:\n    for i in range(2):\n        break\n",
    "return in a function inside the handler": "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n",
    "except* with a tuple": "try:\n    pass\nexcept* (ValueError, TypeError):\n    pass\n",
}
for name, src in ok.items():
    compile(src, "<test>", "exec")
    print(name, "compiles")

def check(t):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* t:
            print("  handled")
    except TypeError as e:
        print(getattr(t, "__name__", repr(t)), "-> TypeError:", e)
    except ExceptionGroup as e:
        print("escaped", repr(e))
check(ExceptionGroup)
check(BaseExceptionGroup)
check((ValueError, ExceptionGroup))
check(int)
check("ValueError")
check(ValueError)
