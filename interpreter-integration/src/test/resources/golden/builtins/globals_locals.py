x = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
print(g["x"], "f" in g, g["__name__"])
g["created_dynamically"] = 99
print(created_dynamically)
def h():
    return "x" in globals(), "x" in locals()
print(h())
