def counter(start=0, step=1):
    count = start
    def nxt():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return nxt, reset
n1, r1 = counter()
n2, _ = counter(100, 10)
print(n1(), n1(), n2(), n1(), n2())
r1()
print(n1())
