"""Layered JSON configuration: merge, validation, custom encoder/decoder hooks and decode errors."""
import json
from dataclasses import dataclass, asdict, field
from decimal import Decimal
from enum import Enum
from fractions import Fraction


class Level(Enum):
    DEBUG = 10
    INFO = 20


@dataclass
class Server:
    host: str = "localhost"
    port: int = 8080
    tags: list = field(default_factory=list)


DEFAULTS = '{"server": {"host": "0.0.0.0", "port": 80}, "debug": false, "ratio": 0.25, "limits": [1, 2, 3]}'
USER = '''
{
  "server": {"port": 8443, "tags": ["eu", "prod"]},
  "debug": true,
  "name": "caf\\u00e9 \\ud83d\\ude00",
  "big": 12345678901234567890,
  "price": 19.99,
  "nothing": null
}
'''


def merge(base, over):
    out = dict(base)
    for k, v in over.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


cfg = merge(json.loads(DEFAULTS), json.loads(USER))
print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.dumps(cfg, ensure_ascii=False, separators=(",", ":")))
print(cfg["name"], len(cfg["name"]), type(cfg["big"]).__name__)
prices = json.loads(USER, parse_float=Decimal, parse_int=lambda s: int(s) * 1)
print(repr(prices["price"]), json.loads("[1.5, 2]", parse_float=Fraction))
srv = json.loads(json.dumps(cfg["server"]), object_hook=lambda d: Server(**d) if "port" in d else d)
print(srv, asdict(srv))
pairs = json.loads('{"a": 1, "a": 2, "b": [3]}', object_pairs_hook=list)
print(pairs)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Enum):
            return {"__enum__": f"{type(o).__name__}.{o.name}"}
        if isinstance(o, (Decimal, Fraction)):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        if hasattr(o, "__dataclass_fields__"):
            return asdict(o)
        return super().default(o)


doc = {"level": Level.INFO, "cost": Decimal("1.10"), "share": Fraction(1, 3), "ids": {3, 1, 2}, "srv": Server()}
text = json.dumps(doc, cls=Encoder, indent="\t")
print(text)
print(json.dumps([float("inf"), float("nan"), -0.0, 1e100, 1 / 3]))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"\\x"', "", "[1] x", '{"a": NaN}', "01"]:
    try:
        json.loads(bad)
        print(repr(bad), "parsed")
    except json.JSONDecodeError as e:
        print(f"{bad!r:12} -> {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
for bad in [{1: object()}, {(1, 2): 3}, [float("nan")]]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps("tab\t\"quote\" \u2603 \x00"), json.dumps(["x"], indent=0))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(e)
dec = json.JSONDecoder()
print(dec.raw_decode('{"x": 1} trailing'), json.loads(b'{"bytes": true}'))
