def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield "final " + str(total)
g = accumulator()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(None))
def echo():
    received = yield "ready"
    while True:
        received = yield "echo: " + str(received)
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    accumulator().send(1)
except TypeError as ex:
    print("TypeError:", ex)
