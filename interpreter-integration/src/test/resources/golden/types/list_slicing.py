xs = list(range(10))
print(xs[::2], xs[1::2], xs[::-1], xs[-2::-2], xs[7:2:-1], xs[2:7:3])
print(xs[3:3], xs[5:1], xs[-1:-5:-1], xs[:], xs[:] is xs)
try:
    xs[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    xs[10]
except IndexError as e:
    print("IndexError:", e)
print(xs[-10], xs[9:100], xs[100:])
