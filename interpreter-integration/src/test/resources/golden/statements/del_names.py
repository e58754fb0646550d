x = 10
y = [1, 2, 3]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a = b = 5
del a, b
print("a" in dir(), "y" in dir())
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
