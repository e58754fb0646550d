for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = [] if False else [1]
print(x)
print((lambda: 1)() if True else 1 / 0)
y = 1 if 0 else 2 if 0 else 3
print(y)
