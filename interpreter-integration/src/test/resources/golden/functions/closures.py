def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1), a5(a10(0)))
print(a5.__closure__[0].cell_contents)
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def outer():
    msgs = []
    def log(m):
        msgs.append(m)
        return len(msgs)
    return log, msgs
log, msgs = outer()
log("a"); log("b")
print(msgs)
