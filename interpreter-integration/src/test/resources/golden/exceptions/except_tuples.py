def risky(n):
    if n == 0: return 1 / 0
    if n == 1: return [][0]
    if n == 2: return {}["x"]
    if n == 3: return int("q")
    return "ok"
for n in range(5):
    try:
        print(risky(n))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print("key/value:", type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
