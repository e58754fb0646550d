import dataclasses
from dataclasses import dataclass, field
for src in ['''
@dataclass
class A:
    x: int = 1
    y: int
''', '''
@dataclass
class B:
    x: list = []
''', '''
@dataclass(frozen=True)
class P:
    x: int
@dataclass
class Q(P):
    y: int
''', '''
@dataclass
class R:
    x: int = field(default=1, default_factory=list)
''', '''
@dataclass(order=True)
class S:
    x: int
    def __lt__(self, o): return True
''']:
    try:
        exec(src, {'dataclass': dataclass, 'field': field})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
@dataclass(frozen=True)
class F:
    x: int
f = F(1)
try:
    f.x = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.x
except dataclasses.FrozenInstanceError as e:
    print(e)
@dataclass
class G:
    a: int
    b: str = 'x'
for f2 in (lambda: G(), lambda: G(1, 2, 3), lambda: G(1, c=3), lambda: dataclasses.asdict(5), lambda: dataclasses.replace(G(1), z=1), lambda: dataclasses.fields(5)):
    try:
        f2()
    except TypeError as e:
        print(e)
print(G(1) < G(2))
