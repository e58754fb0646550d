for arg in ([1], [(1, 2), 3], [(1, 2, 3)], ["ab", "c"], [[1]]):
    try:
        print(dict(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {}
try:
    d.update([1])
except TypeError as e:
    print(e)
dict([(1, 2), 5])
