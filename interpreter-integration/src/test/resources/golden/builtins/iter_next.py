it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
vals = iter([5, 4, 0, 3])
print(list(iter(lambda: next(vals), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
print(type(iter("ab")).__name__ in ("str_iterator", "iterator"), list(iter(range(3))))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
