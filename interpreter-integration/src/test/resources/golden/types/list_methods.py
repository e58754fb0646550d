xs = [3, 1, 4]
xs.append(1); print(xs)
xs.extend([5, 9]); print(xs)
xs.insert(0, 2); xs.insert(100, 6); xs.insert(-1, 7); print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1); print(xs)
print(xs.index(4), xs.count(1), xs.index(1, 1))
xs.reverse(); print(xs)
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
ys = xs.copy(); ys.clear(); print(xs, ys)
try:
    xs.remove(100)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
