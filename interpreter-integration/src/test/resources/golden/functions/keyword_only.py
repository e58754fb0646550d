def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key="k"))
print(f(1, flag=True, key=2))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(a, b, /, c, *, d):
    return a + b + c + d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
try:
    g(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
