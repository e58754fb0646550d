def g(*a): pass
def h(x, *a): pass
for f in (lambda: g(*5), lambda: h(1, *5), lambda: g(1, *None), lambda: print(*3), lambda: g(*5, 1)):
    try:
        f()
    except TypeError as e:
        print(e)
g(*5)
