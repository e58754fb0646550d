from functools import reduce
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
def pipeline(*steps):
    return lambda x: reduce(lambda v, f: f(v), steps, x)
print(pipeline(str, lambda s: s * 2, int)(21))
