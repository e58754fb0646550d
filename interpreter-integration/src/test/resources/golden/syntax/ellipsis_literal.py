print(..., Ellipsis, ... is Ellipsis)
def stub():
    ...
print(stub())
x = [1, 2, 3]
print(x[...] if hasattr(x, 'shape') else "no shape")
print(type(...).__name__)
