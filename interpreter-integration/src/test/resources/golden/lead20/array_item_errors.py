# array items out of a typecode's range or of the wrong type: CPython 3.11's exception and message for each
import array
for code in "bBhHiIlLqQ":
    for v in (2**70, -2**70, 2**(array.array(code).itemsize*8), -1, -2**(array.array(code).itemsize*8-1)-1):
        try:
            array.array(code, [v]); r = "ok"
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(code, v if abs(v) < 2**65 else "big", r)
for code in "bBhHiIlLqQfd":
    for v in ("x", 1.5, None):
        try:
            array.array(code, [v]); r = "ok"
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(code, repr(v), r)
