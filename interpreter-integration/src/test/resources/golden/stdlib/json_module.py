# CPython's json package (pure-Python scanner and encoder)
import json

doc = {"name": "stmj", "version": [0, 1], "ok": True, "none": None, "pi": 3.25,
       "nested": {"list": [1, "two", 3.0, {"k": "v"}], "empty": {}}, "unicode": "é✓"}
s = json.dumps(doc, sort_keys=True)
print(s)
print(json.loads(s) == doc)
print(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads('[1, 2.5, "x\\u00e9", null, true, {"a": [] }]'))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("quote\"and\\slash"))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Point(**d)).y)
