def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("bob"))
print(hello.__name__)
calls = []
def trace(fn):
    def w(*a):
        calls.append(fn.__name__)
        return fn(*a)
    return w
@trace
def sq(x): return x * x
print(sq(3), sq(4), calls)
