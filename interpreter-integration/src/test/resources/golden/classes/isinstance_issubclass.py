class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)), issubclass(bool, int))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(B, type))
print(type(b) is B, type(b) == A, type(type(b)).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
