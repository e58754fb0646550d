# dict: |= in place, a non-str key equal to a str, keys changed during iteration, fromkeys arity, items views
# compared by containment
d = {1: 2}
e = d
d |= {3: 4}
print(d, e is d, {1: 2}.__ior__([(5, 6)]))
class Key3:
    def __hash__(self): return hash('key3')
    def __eq__(self, other): return isinstance(other, str) and other == 'key3'
d = {'key1': 42, Key3(): 44}
print(d.get('key3'), 'key3' in d)
d = {0: 0}
try:
    for i in d:
        del d[0]
        d[0] = 0
except RuntimeError as e:
    print('RuntimeError', e)
try:
    dict.fromkeys()
except TypeError as e:
    print('TypeError', e)
class C:
    def __eq__(self, o): raise RuntimeError('eq')
d1 = {1: C()}; d2 = {1: C()}
try:
    d1.items() == d2.items()
except RuntimeError as e:
    print('RuntimeError', e)
print({1: 2}.items() == {1: 2}.items(), {1: 2}.keys() == {1: 3}.keys(), {1: [2]}.items() != {1: [3]}.items())
