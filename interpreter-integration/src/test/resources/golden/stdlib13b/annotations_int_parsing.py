# __annotations__ set up as CPython's SETUP_ANNOTATIONS, class/module __annotations__ access, int() parsing
# rules, generator frames, the print-statement hint (branch std13b)
import sys


class A:
    if True:
        x: int = 1


class B(A):
    pass


class C:
    pass


print(A.__annotations__, B.__annotations__, C.__annotations__, "__annotations__" in C.__dict__)
ns = {"__annotations__": {1: 2}}
exec("y: int", ns)
print(ns["__annotations__"])


class E:
    try:
        w: str
    finally:
        pass


print(E.__annotations__)
mod = type(sys)("m")
print(mod.__annotations__)

for args in [("010", 0), ("0_0", 0), ("0x_1f", 0), ("1__0",), ("1_",), ("12", 37), ("12", 1), ("z", 36),
             (b"ff", 16), (bytearray(b"11"), 2)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print(args, "ValueError", e)
print(int(memoryview(b"123")[1:3]))
try:
    int(x=1)
except TypeError as e:
    print(e)


class MyInt(int):
    def __int__(self):
        return 42


class BadInt(int):
    def __int__(self):
        return 4.2


print(int(MyInt(7)))
try:
    int(BadInt(7))
except TypeError as e:
    print(e)


def gen():
    yield 1


g = gen()
print(g.gi_frame.f_back, g.gi_suspended, type(g.gi_frame).__name__)
next(g)
print(g.gi_frame.f_back, g.gi_suspended, g.gi_frame.f_code.co_name)
g.close()
print(g.gi_frame, g.gi_suspended)
for src in ("print foo", "print (foo.)", "exec 'x'"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg)
