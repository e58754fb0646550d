xs = [1, 2, 3, 4, 5, 6]
xs = [x for x in xs if x % 2 == 0]
print(xs)
ys = [1, 2, 3, 4]
for y in ys[:]:
    if y % 2:
        ys.remove(y)
print(ys)
zs = list(range(5))
zs[1:4] = [v * 10 for v in zs[1:4]]
print(zs)
