def f(*args):
    return type(args).__name__, len(args), args
print(f())
print(f(1, 2, 3))
def g(a, b=2, *rest):
    return a, b, rest
print(g(1), g(1, 5), g(1, 5, 6, 7))
def total(*nums, start=0):
    return start + sum(nums)
print(total(1, 2, 3), total(1, 2, start=10))
