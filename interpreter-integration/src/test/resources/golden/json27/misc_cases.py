# json odds and ends: sequence and dict subclasses, namedtuples, a list growing in default(), dump/load, bytes
import json, _json
class L(list): pass
class T(tuple): pass
print(json.dumps([L([1]), T((2,)), L(), T()]))
class D(dict): pass
print(json.dumps(D(a=D(b=[1]))), json.dumps(D(), sort_keys=True))
import collections
P = collections.namedtuple('P', 'x y')
print(json.dumps(P(1, 2)), json.dumps({'p': P(3, 4)}))
l = [1, 2]
def grow(o):
    l.append(3) if len(l) < 5 else None
    return 0
print(json.dumps([l, object(), l], default=grow))
print(json.loads('{"a": 1}', object_pairs_hook=dict, object_hook=list))
print(json.dumps({'a': 1}, indent=None, separators=None), json.dumps([1, 2], separators=(',', ':')))
import io
buf = io.StringIO(); json.dump({'x': [1, 2, {'y': None}]}, buf); print(buf.getvalue())
print(json.load(io.StringIO('[1, {"a": 2}]')))
print(json.loads(b'[1, "\\u00e9"]'), json.loads(bytearray(b'{"k": 2}')), json.loads('[1]'.encode('utf-16')))
try:
    json.loads(5)
except TypeError as e:
    print(e)
