r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::2]))
print(5 in r, 6 in r, r.index(11), r.count(8))
print(list(range(5, 0, -2)), list(range(0)), len(range(0, -5)), list(reversed(range(4))))
print(range(0, 10) == range(0, 10, 1), range(0) == range(5, 5), len(range(10 ** 6)))
print(range(10 ** 20)[-1], sum(range(101)), max(range(7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
