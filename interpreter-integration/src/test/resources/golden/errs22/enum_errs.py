from enum import Enum, IntEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
for f in (lambda: Color(5), lambda: Color['BLUE'], lambda: setattr(Color, 'RED', 3), lambda: delattr(Color, 'RED'),
          lambda: Color.RED < Color.GREEN, lambda: Color('RED'), lambda: Color.RED.value.__class__('x'), lambda: len(Color.RED)):
    try:
        print(f())
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for src in ['''
class E(Enum):
    A = 1
    A = 2
''', '''
class E2(Color):
    BLUE = 3
''', '''
@unique
class E3(Enum):
    A = 1
    B = 1
    C = 2
    D = 2
''', '''
class E4(Enum):
    _bad_ = 1
''', '''
class E5(Enum):
    mro = 1
''']:
    try:
        exec(src, {'Enum': Enum, 'Color': Color, 'unique': unique})
        print('ok')
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
Color(7)
