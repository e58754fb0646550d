assert True
assert 1 == 1, "never shown"
x = [1, 2]
assert len(x) == 2, f"len is {len(x)}"
try:
    assert x == [], "list not empty: %r" % (x,)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert 0
except AssertionError as e:
    print("no message:", repr(e), e.args)
print("done")
