def avg(xs):
    assert len(xs) > 0, "empty list: %r" % (xs,)
    return sum(xs) / len(xs)
print(avg([1, 2]))
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e))
avg([])
