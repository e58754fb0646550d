# Annotations that hold comprehensions or lambdas get their own scopes (evaluated at module and class level)
x: [i for i in range(3)] = 1
print(__annotations__, x)
class C:
    y: (lambda: 5)
print(C.__annotations__["y"]())
def f():
    z: [j for j in range(2)] = 3
    return z
print(f())
