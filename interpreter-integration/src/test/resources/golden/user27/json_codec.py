"""A JSON persistence layer with custom encoder, object hooks, and error reporting."""
import json
from datetime import date, datetime
from decimal import Decimal
from dataclasses import dataclass, asdict
from enum import Enum
from collections import OrderedDict


class Kind(Enum):
    BOOK = "book"
    GAME = "game"


@dataclass
class Product:
    name: str
    price: Decimal
    kind: Kind
    released: date
    tags: set


class StoreEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, set):
            return sorted(o)
        if hasattr(o, "__dataclass_fields__"):
            return asdict(o)
        return super().default(o)


def hook(d):
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


items = [Product("Dune", Decimal("9.99"), Kind.BOOK, date(1965, 8, 1), {"sf", "classic"}),
         Product("Chess", Decimal("0"), Kind.GAME, date(1475, 1, 1), set())]
text = json.dumps(items, cls=StoreEncoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back[0]["price"] + 1, back[0]["released"].year, back[1]["tags"])
print(json.dumps({"b": 1, "a": [1.0, 2.5e-10, 1e100], "c": None, "d": True}, separators=(",", ":")))
print(json.dumps("ünï\u2028\x00\"\\/"), json.dumps("ünï", ensure_ascii=False), json.dumps("😀"))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps([1, [2, [3]]], indent="\t"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1, 2.0, 3e2, -0, -0.0]"), json.loads('"\\ud83d\\ude00"'))
pairs = json.loads('{"z": 1, "y": 2, "z": 3}', object_pairs_hook=lambda p: p)
print(pairs, json.loads('{"x": 1}', object_pairs_hook=OrderedDict))
print(json.loads("3.10", parse_float=Decimal), json.loads("10", parse_int=float), json.loads("NaN"))
print(json.loads('[1, Infinity]', parse_constant=lambda s: s))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", '"abc', "[1] x", "{'a': 1}", '"\\x"', "01", "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:14} -> {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), json.JSONDecodeError.__mro__[1].__name__)
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(list(enc.iterencode({"b": [1], "a": {}}))[:6])
print(json.dumps({"nested": {"list": [], "dict": {}}}, indent=4))


class Point(tuple):
    pass


print(json.dumps([Point((1, 2)), (3, 4)]), json.dumps(Kind.BOOK.value), json.dumps(1 << 70), json.dumps(-1.5))
