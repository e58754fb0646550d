def setup():
    import os
    global os
    import json as j, collections
    global j
    return os.sep

def use():
    return os.path.join("a", "b"), j.dumps([1])

print(setup())
print(use())
def f():
    from math import pi
    global pi
g = {}
exec("def h():\n    import string\n    global string\nh()\n", g)
print("string" in g, f(), pi if "pi" in globals() else "no pi")
f()
print(round(pi, 3))
for src in ["def k():\n    x = 1\n    global x\n", "def k():\n    print(y)\n    global y\n", "def k():\n    import q\n    q = 2\n    global q\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)
