# Mapping patterns: required keys, value patterns, **rest, and mappings other than dict.
import collections


class Keys:
    ACTION = "action"


def handle(msg):
    match msg:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extra {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {Keys.ACTION: "quit"}:
            return "quit"
        case {1: one, 2.0: two}:
            return f"numeric keys {one} {two}"
        case {"nested": {"deep": [*items]}}:
            return f"deep items {items}"
        case {}:
            return f"some other mapping with {len(msg)} item(s)"
        case _:
            return "not a mapping"


tests = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": True},
    {"type": "key", "key": "a", "mods": ["shift"]},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"action": "quit", "now": 1},
    {1: "a", 2: "b"},
    {"nested": {"deep": (1, 2, 3)}},
    {},
    {"x": 1},
    [("type", "click")],
    "type",
    collections.OrderedDict(type="key", key="z"),
    collections.defaultdict(int, {"type": "click", "pos": (0, 0)}),
]
for t in tests:
    print(handle(t))

# **rest gets a new dict with the other items, in order
match {"a": 1, "b": 2, "c": 3, "d": 4}:
    case {"b": b, "d": d, **others}:
        print(b, d, others, type(others).__name__)

# missing keys do not call __missing__ (the pattern uses get())
d = collections.defaultdict(list)
match d:
    case {"k": v}:
        print("matched", v)
    case _:
        print("no match; defaultdict unchanged:", dict(d))


class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


match Tracing(a=1, b=2):
    case {"a": 1, "b": 3}:
        print("wrong")
    case {"a": 1, "b": b}:
        print("b is", b)

# a duplicate key that only shows at run time
k1, k2 = "same", "same"


class K:
    one = "same"
    two = "same"


try:
    match {"same": 1, "other": 2}:
        case {K.one: 1, K.two: 1}:
            print("unreachable")
except ValueError as e:
    print("ValueError:", e)
