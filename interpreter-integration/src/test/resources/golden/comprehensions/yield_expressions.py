def g():
    x = yield
    print("x =", x)
    y = (yield x * 2) + 1
    print("y =", y)
    yield y
gen = g()
print(next(gen))
print(gen.send(5))
print(gen.send(7))
def lists():
    yield [1, 2]
    yield (3, 4)
print([v for v in lists()])
