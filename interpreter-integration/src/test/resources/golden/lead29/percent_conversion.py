# '%%' is a literal percent only right after the '%'; after flags, a width, a precision or a key it is a conversion
# that takes an argument and is then refused (CPython 3.11's printf-style formatting)
cases = [("%5%", ()), ("%5%", (1,)), ("%5%", 1), ("%-5%", ()), ("%.1%", ()), ("%.1%", (2,)), ("%*%", (3,)), ("%*%", (3, 4)), ("%(a)%", {"a": 1}), ("%(a)5%", {"a": 1}), ("%%", ()), ("%5%%d", (1, 2)), ("%#%", ()), ("%0%", ())]
for f, a in cases:
    for k in (str, bytes):
        ff = f if k is str else f.encode()
        try:
            print(k.__name__, repr(f), repr(a), repr(ff % a))
        except Exception as e:
            print(k.__name__, repr(f), repr(a), type(e).__name__, e)
