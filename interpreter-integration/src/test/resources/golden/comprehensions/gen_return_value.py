def worker(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
def driver():
    a = yield from worker(3)
    b = yield from worker(4)
    return a + b
d = driver()
vals = []
try:
    while True:
        vals.append(next(d))
except StopIteration as e:
    print(vals, e.value)
