from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(99); print(m)
print(deque("abc") == deque(["a", "b", "c"]), list(reversed(deque([1, 2]))), 2 in deque([1, 2]))
d2 = deque([1, 2, 3, 2]); d2.remove(2); print(d2, d2.count(2), d2.index(3))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
