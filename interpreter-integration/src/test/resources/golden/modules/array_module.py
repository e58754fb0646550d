from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, a[0], a[-1], len(a), a.tolist(), a.typecode, sum(a))
a[1] = 20
print(a[1:3], a.pop(), a.index(20), a.count(3))
d = array("d", [1.5, 2.25])
d.append(3)
print(d, d.tolist(), d[2], type(d[2]).__name__, d.itemsize)
try:
    a.append(1.5)
except TypeError as e:
    print("TypeError:", e)
print(array("i") == array("i", []), list(reversed(array("i", [1, 2]))))
