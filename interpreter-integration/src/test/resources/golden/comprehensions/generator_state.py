def g():
    yield 1
x = g()
print(type(x).__name__, hasattr(x, "__next__"), iter(x) is x)
print(list(x), list(x))
def counter():
    c = 0
    while True:
        c += 1
        reset = yield c
        if reset:
            c = 0
gen = counter()
print(next(gen), next(gen), gen.send(True), next(gen))
