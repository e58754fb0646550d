def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(n):
    return "hi" + str(n)
print(hi(1))
def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)
@prefix(">> ")
def msg(s): return s
print(msg("text"))
