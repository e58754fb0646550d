# dict views: methods, set results, recursive repr, not instantiable; defaultdict | and |=, recursive repr
import copy
from collections import defaultdict

d = {'a': 1, 'b': 2}
print(d.keys().__contains__('a'), d.items().isdisjoint([('a', 2)]), d.items().isdisjoint([('a', 1)]))
print(type(frozenset('ab') & d.keys()).__name__, sorted(frozenset('bc') - d.keys()), list(reversed(d.values())))
r = {}
r[1] = r.values()
print(repr(r))
for make in (lambda: type(d.keys())({}), lambda: copy.copy(d.items()), lambda: type(iter(range(3)))(1, 3, 1)):
    try:
        make()
    except TypeError as e:
        print("TypeError")
i = defaultdict(int, {1: 'one'})
s = {0: 'zero'}
print((s | i).default_factory, (i | s).default_factory)
i |= [(2, 'two')]
print(sorted(i.items()))
class Sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory
    def _factory(self):
        return []
print(repr(Sub()).replace(hex(id(Sub)), '')[:60].split(' of ')[1])
