def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
for v in gen():
    print("got", v)
