# A Python class's reflected operator against a built-in left operand that does not take it: CPython tries the
# left operand's number method (int takes ints, float ints and floats), then the right one's reflected method,
# and a sequence's + and * only after both number methods.


class F(float):
    def __radd__(self, o):
        return ("F.radd", o)

    def __rmul__(self, o):
        return ("F.rmul", o)

    def __rfloordiv__(self, o):
        return ("F.rfloordiv", o)

    def __rdivmod__(self, o):
        return ("F.rdivmod", o)


class G(float):
    pass


class I(int):
    def __radd__(self, o):
        return ("I.radd", o)

    def __rsub__(self, o):
        return ("I.rsub", o)

    def __rmul__(self, o):
        return ("I.rmul", o)


class J(int):
    pass


class C(complex):
    def __radd__(self, o):
        return ("C.radd", o)


class L(list):
    def __rmul__(self, o):
        return ("L.rmul", o)


class NotNow(float):
    def __radd__(self, o):
        return NotImplemented


print(3 + F(2.0), 3 * F(2.0), 7 // F(2.0), divmod(7, F(2.0)), True + F(1.0))
print(2.5 + F(1.0), 3 + I(2), 3.0 + I(2), 3 - I(1), 1.5 - I(1), 1.5 * I(2))
print(1 + C(1), 1.5 + C(1), 2 + G(2.0), type(2 + G(2.0)).__name__, 7 // G(2.0), divmod(7, G(2.0)))
try:
    print(3 + NotNow(1.0))
except TypeError as e:
    print("TypeError:", e)
print(2.5 + NotNow(1.0), NotNow(1.0).__radd__(3), float.__radd__(NotNow(1.0), 3))
print([1] * I(2), "ab" * I(2), (1,) * I(2), b"x" * I(2), [1] * J(2), "ab" * J(3), 3 * L([1]), L([1]) * 2)
print((3).__add__(2.0), (3).__radd__(2.0), (3.0).__add__(2), (3.0).__radd__(2), (2).__mul__(1.5))
print((1).__add__(1j), (1.0).__add__(1j), (1j).__add__(1), (1j).__radd__(1.0), (3).__sub__(J(1)))
print(3 + 2.0, True + 1.5, 2 * 1.5, 7 // 2.0, 2 ** 0.5, 1 + 1j)


def add(a, b):
    return a + b


for pair in [(1, 2), (1.5, 2), (3, F(1.0)), (3, I(4)), (2.0, I(4)), (3, G(1.0)), ([1], [2]), ("a", "b")]:
    print(add(*pair))

x = 3
x += F(1.0)
print(x)
y = [0]
y *= I(2)
print(y)


class X:
    def __radd__(self, o):
        return "X.radd"

    def __iter__(self):
        return iter([9])


class Y:
    def __radd__(self, o):
        return NotImplemented

    def __iter__(self):
        return iter([8])


z = [1]
z += X()
print(z, [1] + X())
z = [1]
z += Y()
print(z)
