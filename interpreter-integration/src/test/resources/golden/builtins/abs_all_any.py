print(abs(-3), abs(3.5), abs(-0), abs(-10 ** 30))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), any([]), any([0, 0.0, ""]), any([0, 1]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
def noisy(x):
    print("check", x)
    return x
print(any(noisy(x) for x in [0, 1, 2]), all(noisy(x) for x in [1, 0, 2]))
