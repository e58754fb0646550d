a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = object()
print(x is x, x == x, object() is object())
t = ()
print(t == (), len(t))
def f(): pass
print(f is f, f.__code__ is f.__code__)
