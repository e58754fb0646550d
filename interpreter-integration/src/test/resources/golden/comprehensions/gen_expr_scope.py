n = 3
g = (i * n for i in range(3))
n = 10
print(list(g))
xs = [1, 2]
h = (x for x in xs)
xs = [7, 8, 9]
print(list(h))
try:
    gg = (z for z in undefined_name)
except NameError as e:
    print("NameError:", e)
