# json decoding through the _json accelerator: values, errors (message, position), hooks, scanstring, scanner
import json
import sys
import _json
from collections import OrderedDict
from decimal import Decimal
from json.decoder import JSONDecodeError


def show(doc, **kw):
    try:
        v = json.loads(doc, **kw)
        print(repr(doc)[:60], '->', repr(v)[:200])
    except JSONDecodeError as e:
        print(repr(doc)[:60], 'JSONDecodeError', repr(e.msg), e.pos, e.lineno, e.colno, str(e)[:90])
    except Exception as e:
        print(repr(doc)[:60], type(e).__name__, str(e)[:120])


valid = [
    '0', '-0', '1', '-1', '123456789', '12345678901234567890', '-98765432109876543210123',
    '1.5', '-0.0', '0.1', '1e5', '1E5', '1e-5', '1.25e+10', '2.5E-3', '1e400', '-1e400', '1e-400',
    '0.30000000000000004', '2.2250738585072014e-308', '4.9e-324', '1.7976931348623157e308',
    '9007199254740993', '123.456e-789', '"abc"', '""', '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"',
    '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00"', '"\\ud83dx"', '"\\ud83d\\u0041"', '"\u00e9\u4e2d\U0001F600"',
    'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity', '[]', '{}', '[ ]', '{ }', ' [1, 2 , 3 ] ',
    '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '[[[[[]]]]]', '{"a": 1, "a": 2}',
    '\n\t\r [1,\n2]\r\n', '[1.0, 2, "3", [4], {"5": 6}]', '{"\\u0041": "\\u0042"}', '"\x7f"',
    '[-1, -1.5, -0, -1e2]', '{"": ""}', '["\U0001F600", "x"]',
]
for d in valid:
    show(d)

invalid = [
    '', ' ', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '{"a"}', '{"a":}', '{"a" 1}',
    '{"a":1,}', '{a:1}', "{'a':1}", '{"a":1 "b":2}', '[1] x', '"abc', '"abc\\', '"\\x"', '"\\u12"',
    '"\\u12g4"', '"\\ud800\\u12g4"', '"\\u1234', '"a\nb"', '"a\x00b"', '"a\x1fb"', 'tru', 'nul', 'fals',
    'nan', 'inf', '-', '-x', '+1', '01', '1.', '.5', '1e', '1e+', '1.5e', '--1', '[1,,2]', '{"a":1}}',
    '[\U0001F600]', '"\U0001F600" x', '{"\U0001F600": 1,}', '[1, 2, 3\n, 4\n x]', 'NaNx', '[Infinityx]',
    '\ufeff[1]', '"\\u00"', '"\\', '["a", "\\q"]', '[1]\n\n  5',
]
for d in invalid:
    show(d)

# non-strict: control characters allowed
show('"a\nb\tc"', strict=False)
show('["\x00", "\x1f"]', strict=False)

# hooks
show('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items()))
show('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
show('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p, object_hook=lambda d: 'unused')
show('{}', object_pairs_hook=lambda p: ('pairs', p))
show('[1.5, 2, 1e3]', parse_float=Decimal)
show('[1.5, 2, -7]', parse_int=lambda s: 'int:' + s)
show('[1.5, 2, -7]', parse_float=str, parse_int=str)
show('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s)
show('[NaN]', parse_constant=lambda s: 1 / 0)
show('{"a": [1]}', object_hook=lambda d: d['missing'])
print(json.loads('[1.0, 1e1, -0.0, 1e-7]'))

# key memo: equal keys are one object
docs = json.loads('[{"key": 1}, {"key": 2}, {"key": 3}]')
print(len({id(k) for d in docs for k in d}))

# int digit limit
for n in (4300, 4301):
    show('1' * n)
    show('-' + '1' * n)
sys.set_int_max_str_digits(5000)
print(len(str(json.loads('9' * 4500))))
sys.set_int_max_str_digits(4300)

# deep nesting
for doc in ('[' * 100000, '{"a":' * 100000, '[' * 50 + ']' * 50):
    try:
        v = json.loads(doc)
        print('ok', type(v).__name__)
    except RecursionError as e:
        print('RecursionError', e)
    except JSONDecodeError as e:
        print('JSONDecodeError', e)

# scanstring
ss = json.decoder.scanstring
print(ss is _json.scanstring, ss('"abc" rest', 1), ss('x"\\u00e9"', 2), ss('"a\tb"', 1, False))
for args in (('"abc', 1), ('"a\\qb"', 1), ('"a\x01"', 1), ('"\\ud800\\udc00"', 1), ('abc', 4), ('abc', -1),
             ('"\U0001F600\\x"', 1), (b'"abc"', 1), ('"abc"', '1'), ('"abc"',), ('"abc"', 1, True, 4),
             ('"abc"', 1.0), ('""', 1), ('"\U0001F600ab"c', 1)):
    try:
        print(args, ss(*args))
    except JSONDecodeError as e:
        print(args, 'JSONDecodeError', e.msg, e.pos)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    ss('"a"', end=1)
except TypeError as e:
    print('TypeError', e)

# the scanner object
dec = json.JSONDecoder()
scan = dec.scan_once
print(type(scan).__name__, type(scan).__module__, scan.strict, scan.object_hook, scan.parse_float is float,
      scan.parse_int is int, scan.object_pairs_hook)
print(scan('[1, 2] tail', 0), scan('  "x"', 2), scan('{"a": 1}', 0), scan(string='12 ', idx=0))
for args in (('', 0), ('[1]', 3), ('x', 0), ('[1]', -1), ('  1', 0), ('[1, x]', 0), ('{"a": x}', 0),
             ('-', 0), ('-Infinity', 0), ('-Inf', 0), (5, 0), ('1', '0'), ('[\U0001F600, 1]', 0),
             ('"\U0001F600"  x', 0), ('[1, "\U0001F600", x]', 0)):
    try:
        print(args, scan(*args))
    except StopIteration as e:
        print(args, 'StopIteration', e.value, e.args)
    except JSONDecodeError as e:
        print(args, 'JSONDecodeError', e.msg, e.pos)
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    scan.strict = False
except AttributeError as e:
    print('AttributeError', e)


class Ctx:
    strict = 0
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int

    def parse_constant(self, s):
        return s.lower()


s2 = _json.make_scanner(Ctx())
print(s2.strict, s2('["a\tb", NaN]', 0))
try:
    _json.make_scanner(object())
except AttributeError as e:
    print('AttributeError', e)
print(json.loads('{"a": {"b": [1, {"c": null}]}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('  {"a": "b"}', 2))
