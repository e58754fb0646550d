# A class method of a built-in type, read through the class or an instance, is a built-in method bound to the class
# (CPython's classmethod_descriptor); a classmethod made in Python stays a bound method.
import types

for label, m in [("int.from_bytes", int.from_bytes), ("(5).from_bytes", (5).from_bytes),
                 ("dict.fromkeys", dict.fromkeys), ("bytes.fromhex", bytes.fromhex)]:
    print(label, type(m).__name__, isinstance(m, types.BuiltinMethodType), m.__self__)
print(isinstance(int.__dict__['from_bytes'], types.ClassMethodDescriptorType))
print(int.from_bytes(b'\x01\x00', 'big'), (5).from_bytes(b'\x02', 'little'))


class MyInt(int):
    pass


print(type(MyInt.from_bytes(b'\x07', 'big')).__name__, MyInt.from_bytes.__self__ is MyInt)
print(sorted(dict.fromkeys("ab", 0).items()))


class C:
    @classmethod
    def make(cls):
        return cls.__name__

    length = classmethod(len)


print(type(C.make).__name__, C.make(), type(C().make).__name__)
print(type(C.length).__name__)
