import json
for s in ['', '{', '{"a": 1,}', '[1, 2', 'nul', '{"a" 1}', '[1,]', '"abc', '{"a":1}x', "{'a': 1}", '01', '1e', 'NaN', '\n\n  [1, }', '{"a": "\x01"}', '"\\x"', '"\\ud800"', '[' * 3 + ']]', '{1: 2}', 'tru']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for o in [{1j: 2}, set(), object(), float('nan'), {(1, 2): 3}, b'x']:
    try:
        print(json.dumps(o, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = []
d.append(d)
try:
    json.dumps(d)
except ValueError as e:
    print(e)
json.loads('{"a": [1, 2,, 3]}')
