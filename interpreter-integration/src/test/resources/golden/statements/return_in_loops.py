def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def search(grid, t):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == t:
                return r, c
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
print(loop_finally())
