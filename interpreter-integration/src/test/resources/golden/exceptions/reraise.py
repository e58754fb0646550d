def f():
    try:
        int("zz")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    f()
except ValueError as e:
    print("caught again:", e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    g()
except ZeroDivisionError as e:
    print("raised saved:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
