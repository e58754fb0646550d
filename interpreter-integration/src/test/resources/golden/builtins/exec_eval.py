print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def f(a):\n    return a * 10\ny = f(4)", ns)
print(ns["y"], ns["f"](2))
exec("z = 5")
print(z)
code = compile("3 ** 3", "<string>", "eval")
print(eval(code))
