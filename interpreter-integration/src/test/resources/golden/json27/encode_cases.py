# json encoding through the _json accelerator: values, subclasses, keys, options, errors, make_encoder
import enum
import json
import _json
from collections import OrderedDict, defaultdict


def show(obj, **kw):
    try:
        print(json.dumps(obj, **kw).encode('utf-8', 'backslashreplace').decode())
    except Exception as e:
        print(type(e).__name__, str(e)[:150])


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

    __str__ = __repr__


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    def __repr__(self):
        return 'MyStr!'


class MyList(list):
    def __iter__(self):
        return iter(['iter-overridden'])


class MyTuple(tuple):
    pass


class MyDict(dict):
    def items(self):
        return [('z', 26), ('a', 1)]


class BadItems(dict):
    def items(self):
        return [('a', 1, 2)]


class Color(enum.IntEnum):
    RED = 1


class Hue(float, enum.Enum):
    WARM = 0.5


values = [
    None, True, False, 0, -1, 10**30, -(10**30), 1.5, -0.0, 0.1, 1e16, 1e-7, 123456789.123, 1e300 * 10, 2**0.5,
    'abc', '', 'é中\U0001F600', '"\\/\b\f\n\r\t\x00\x1f\x7f\x80\u2028', '\ud800', '\udfff\ud800',
    [], (), {}, [1, [2, [3, []]]], (1, 2), {'a': [1, {'b': None}]}, [1.0, 2, 'x', None, True],
    MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, 2]), MyTuple((3, 4)), MyDict(a=1), Color.RED, Hue.WARM,
    {MyStr('k'): MyInt(3)}, {Color.RED: 'red'}, OrderedDict([('b', 1), ('a', 2)]), defaultdict(int, x=1),
    [True, False, 1, 0], {True: 1, False: 0, None: 2, 1.5: 3, 7: 4}, {float('inf'): 1},
]
for v in values:
    show(v)
    show(v, ensure_ascii=False)
    show(v, sort_keys=True, separators=(',', ':'))

# allow_nan
for v in (float('nan'), float('inf'), -float('inf'), [float('nan')], {'a': float('inf')}, {float('nan'): 1}):
    show(v)
    show(v, allow_nan=False)

# keys
show({(1, 2): 'tuple key'})
show({(1, 2): 'tuple key', 'a': 1, b'x': 2, 'b': 2}, skipkeys=True)
show({b'x': 1}, skipkeys=True)
show({1: 'a', '1': 'b'})
show({2: 'b', 1: 'a', 3: 'c'}, sort_keys=True)
show({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)
show({1: 'a', 'b': 2}, sort_keys=True)
show({None: 1, 'a': 2}, sort_keys=True)
show(MyDict(q=5), sort_keys=True)
show(BadItems(a=1))

# default
show(object())
show({1, 2})
show([1, {2}], default=sorted)
show({'s': {3, 1, 2}}, default=lambda o: sorted(o))
show(complex(1, 2), default=lambda o: [o.real, o.imag])
show(b'bytes', default=lambda o: o.decode())
show(object(), default=lambda o: o)


def bad_default(o):
    raise ValueError('no way')


show([1, object()], default=bad_default)

# circular references
a = []
a.append(a)
show(a)
d = {}
d['self'] = d
show(d)
show([d])
c = []
c.append({'x': c})
show(c)


class Node:
    pass


n = Node()
show(n, default=lambda o: n)
show(n, default=lambda o: [o] if isinstance(o, Node) else 1, check_circular=True)
same = [1]
show([same, same, {'k': same}])
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError', e)

# separators and indent
show({'a': [1, 2], 'b': {}}, separators=(' ; ', ' = '))
show({'a': [1, 2], 'b': {}}, indent=2)
show({'a': [1, 2], 'b': {}}, indent='\t', sort_keys=True)
show([], indent=4)
show([[]], indent=0)

# deep nesting
deep = []
cur = deep
for _ in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
show(deep)
deepd = {}
cur = deepd
for _ in range(5000):
    cur['k'] = {}
    cur = cur['k']
show(deepd)

# huge int
show(10**5000)
show({10**5000: 1})

# make_encoder directly
enc = _json.make_encoder(None, None, _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(type(enc).__name__, type(enc).__module__, enc({'a': [1, 2.5, 'é']}, 0), enc.key_separator,
      enc.item_separator, enc.sort_keys, enc.skipkeys, enc.markers, enc.indent)
enc2 = _json.make_encoder({}, str, lambda s: '<' + s + '>', None, ':', ',', True, True, False)
print(enc2({'b': 1, 'a': [object.__name__], 'c': 'x'}, 5))
try:
    enc2({'b': 1, 3: 'x', (1,): 2}, 0)
except TypeError as e:
    print('TypeError', e)
for v in (float('nan'), [1, 2]):
    try:
        print(enc2(v, 0))
    except ValueError as e:
        print('ValueError', e)
enc3 = _json.make_encoder(None, None, lambda s: 5, None, ':', ',', False, False, True)
try:
    enc3(['x'], 0)
except TypeError as e:
    print('TypeError', e)
for args in (([], None, str, None, ':', ',', 0, 0, 0), (None, None, str, None, 1, ',', 0, 0, 0),
             (None, None, str, None, ':', b',', 0, 0, 0), (None, None, str, None, ':', ',', 0, 0)):
    try:
        _json.make_encoder(*args)
        print('made')
    except TypeError as e:
        print('TypeError', e)
try:
    enc([1], 'x')
except TypeError as e:
    print('TypeError', e)
try:
    enc.sort_keys = True
except AttributeError as e:
    print('AttributeError', e)

# encode_basestring(_ascii)
for s in ('abc', 'a"b\\c', '\x00\x1f\x7f', 'é\u2028\U0001F600', '\ud800', MyStr('sub')):
    print(_json.encode_basestring_ascii(s), ascii(_json.encode_basestring(s)),
          json.encoder.encode_basestring_ascii(s) == _json.encode_basestring_ascii(s))
for bad in (b'x', 1, None):
    for f in (_json.encode_basestring_ascii, _json.encode_basestring):
        try:
            f(bad)
        except TypeError as e:
            print('TypeError', e)


class Holder:
    f = _json.encode_basestring_ascii
    g = _json.scanstring


print(Holder().f('x'), Holder().g('"y"', 1), _json.encode_basestring.__name__, _json.encode_basestring.__module__)

# JSONEncoder subclasses
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(SetEncoder().encode({'s': {3, 2, 1}}), SetEncoder(sort_keys=True).encode({'b': {1}, 'a': 2}))
print(list(SetEncoder().iterencode([1, {'a': {2}}])))
try:
    SetEncoder().encode([object()])
except TypeError as e:
    print('TypeError', e)

# round trips
doc = {'users': [{'id': i, 'name': 'n%d' % i, 'tags': ['a', 'b'], 'v': i / 3, 'ok': i % 2 == 0}
                 for i in range(50)], 'meta': {'count': 50, 'nested': [[1, [2, [3]]]], 'u': 'é\U0001F600'}}
s = json.dumps(doc)
print(len(s), json.loads(s) == doc, json.dumps(json.loads(s)) == s)
s = json.dumps(doc, ensure_ascii=False, sort_keys=True)
print(len(s), json.loads(s) == doc)
