a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i, j = k, l = 1, 2
print(i, j, k, l)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 9
print(idx, lst)
