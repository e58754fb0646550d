for src in ["class A:\n    __slots__ = ('x',)\n    x = 1\n", "class B:\n    __slots__ = ('x', 'x')\n",
            "class C:\n    __slots__ = ('1x',)\n", "class D(int):\n    __slots__ = ('a',)\n", "class E:\n    __slots__ = ('__dict__', '__dict__')\n",
            "class F:\n    __slots__ = 5\n", "class G:\n    __slots__ = ('a',)\nclass H(G):\n    __slots__ = ('a',)\n",
            "class I(tuple):\n    __slots__ = ('a',)\n", "class J:\n    __slots__ = [1]\n"]:
    try:
        exec(src, {})
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ('a',)
s = S()
for f in (lambda: setattr(s, 'b', 1), lambda: s.b, lambda: s.__dict__, lambda: s.a):
    try:
        f()
    except AttributeError as e:
        print(e)
class RO:
    @property
    def p(self): return 1
r = RO()
for f in (lambda: setattr(r, 'p', 2), lambda: delattr(r, 'p')):
    try:
        f()
    except AttributeError as e:
        print(e)
class Init:
    def __init__(self):
        return 5
try:
    Init()
except TypeError as e:
    print(e)
class Unh:
    __hash__ = None
try:
    hash(Unh())
except TypeError as e:
    print(e)
try:
    {Unh(): 1}
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, o): return True
try:
    {EqOnly()}
except TypeError as e:
    print(e)
class NewBad:
    def __new__(cls):
        return 5
    def __init__(self):
        print('never')
print(NewBad())
object.__setattr__(1, 'x', 2)
