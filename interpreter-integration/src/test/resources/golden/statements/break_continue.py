out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
k = 0
res = []
while k < 10:
    k += 1
    if k in (3, 4):
        continue
    if k == 8:
        break
    res.append(k)
print(res)
