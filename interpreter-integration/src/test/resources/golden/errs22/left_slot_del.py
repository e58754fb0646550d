class P:
    __slots__ = ('x', 'y')
p = P()
try:
    p.x
except AttributeError as e:
    print(repr(e))
try:
    del p.x
except AttributeError as e:
    print(repr(e))
p.y = 1
del p.y
del p.y
