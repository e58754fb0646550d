def apply(f, *args): return f(*args)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply(inc, 1), compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print([ops[o](10, 3) for o in "+-"])
print(list(map(len, ["a", "bb", "ccc"])))
def f(): pass
f.attr = 42
print(f.attr, f.__name__, callable(f))
