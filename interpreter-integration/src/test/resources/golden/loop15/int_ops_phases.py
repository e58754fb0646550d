# Small-int arithmetic at the edges of a machine long, one operator per phase (a fast path per operator; results
# that do not fit go to big ints), then all operators mixed in one loop.
M = 2 ** 63


def phase(op, pairs):
    out = []
    for a, b in pairs:
        if op == "+":
            out.append(a + b)
        elif op == "-":
            out.append(a - b)
        elif op == "*":
            out.append(a * b)
        elif op == "%":
            out.append(a % b)
        elif op == "//":
            out.append(a // b)
        elif op == "&":
            out.append(a & b)
        else:
            out.append(a ^ b)
    return out


edges = [(M - 1, 1), (-M, -1), (M - 1, -1), (-M, 1), (-M, 0), (0, -M), (M - 2, 1), (3, 4), (-7, 2), (7, -2),
         (2 ** 31, 2 ** 32), (2 ** 32, 2 ** 32), (-(2 ** 32), 2 ** 31), (3037000499, 3037000499),
         (3037000500, 3037000500), (-M, -M), (M - 1, M - 1), (M - 1, 2), (-M, 2), (-1, -M), (5, 0)]
for op in ["+", "-", "*", "%", "//", "&", "^"]:
    res = []
    for a, b in edges:
        if b == 0 and op in ("%", "//"):
            try:
                phase(op, [(a, b)])
            except ZeroDivisionError as e:
                res.append("ZeroDivisionError: " + str(e))
            continue
        res.append(phase(op, [(a, b)])[0])
    print(op, res)


def mixed(n):
    t = 0
    for i in range(n):
        t = (t * 31 + i - (i % 7)) % 1000000007
        t -= i * i
        t += (i // 3) ^ (i & 255)
    return t


print(mixed(20000))
x = 1
for i in range(70):
    x = x * 3 - i
print(x, x - x, -x * x)
b = True
print(b + 1, b * 5, b - 2, 7 * b, type(b + b).__name__)
