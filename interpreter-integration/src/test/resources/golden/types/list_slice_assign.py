xs = list(range(10))
xs[2:5] = ["a", "b"]; print(xs)
xs[:0] = [-1]; print(xs)
xs[len(xs):] = [99]; print(xs)
xs[::3] = [0] * len(xs[::3]); print(xs)
try:
    xs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del xs[::2]; print(xs)
del xs[1:3]; print(xs)
xs[1:1] = "xyz"; print(xs)
ys = [1, 2, 3]
ys[:] = ys[::-1]; print(ys)
