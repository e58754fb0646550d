n = None
print(n, repr(n), n is None, n == None, type(n).__name__, bool(n), str(n))
def f(): pass
print(f() is None, [None] * 2, {None: None}, None in [0, None])
try:
    n.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    n + 1
except TypeError as e:
    print("TypeError:", e)
