class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
class P: pass
class Q: pass
class R(P, Q): pass
class S(Q, P): pass
try:
    class T(R, S): pass
except TypeError as e:
    print(e)
try:
    class U(X, X): pass
except TypeError as e:
    print(e)
try:
    class V(5): pass
except TypeError as e:
    print(e)
try:
    class W(bool): pass
except TypeError as e:
    print(e)
try:
    class K(int, str): pass
except TypeError as e:
    print(e)
try:
    type('N', (1,), {})
except TypeError as e:
    print(e)
try:
    type('N', 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
class F(Y, X, metaclass=M1): pass
class G(X, Y): pass
