data = b"abc"
for op in (lambda: data + "def", lambda: data + 1, lambda: bytearray(b"x") + "y", lambda: "x" + data,
           lambda: data + [1], lambda: data + bytearray(b"z"), lambda: data + memoryview(b"m")):
    try:
        print(op())
    except TypeError as e:
        print(e)
buf = bytearray(b"a")
try:
    buf += "c"
except TypeError as e:
    print(e)
header = b"HTTP/1.1 " + 200
