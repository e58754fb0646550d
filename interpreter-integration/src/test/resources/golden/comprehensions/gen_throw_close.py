def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen:", e)
        yield "recovered"
    finally:
        print("gen finally")
x = g()
print(next(x))
print(x.throw(ValueError("bad")))
x.close()
y = g()
print(next(y))
y.close()
print("closed")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
z = h(); next(z); z.close()
w = g()
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
