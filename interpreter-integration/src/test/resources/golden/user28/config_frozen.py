"""Settings with frozen dataclasses, InitVar and validation; an uncaught FrozenInstanceError."""
from dataclasses import dataclass, field, InitVar, FrozenInstanceError, KW_ONLY, is_dataclass
import dataclasses
from typing import ClassVar


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int = 443
    tls: bool = True

    def __post_init__(self):
        if not 0 < self.port < 65536:
            raise ValueError(f"bad port {self.port}")
        if self.port == 80 and self.tls:
            object.__setattr__(self, "tls", False)

    @property
    def url(self):
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"


@dataclass
class Service:
    name: str
    endpoints: list = field(default_factory=list)
    _: KW_ONLY
    retries: int = 3
    timeout: float = 2.5
    secret: InitVar[str] = None
    registry: ClassVar[dict] = {}
    token: str = field(init=False, repr=False, default="")

    def __post_init__(self, secret):
        self.token = "*" * len(secret) if secret else "-"
        Service.registry[self.name] = self


@dataclass(eq=False, slots=True)
class Metric:
    name: str
    value: float = 0.0


api = Service("api", [Endpoint("api.example.com"), Endpoint("10.0.0.5", 80)], retries=5, secret="hunter2")
db = Service("db", timeout=10)
print(api)
print(db, db.token, api.token)
print([e.url for e in api.endpoints], api.endpoints[1])
print(Endpoint("x") == Endpoint("x", 443, True), hash(Endpoint("x")) == hash(Endpoint("x")), Endpoint("a") < Endpoint("b") if hasattr(Endpoint, "__lt__") and Endpoint.__lt__ is not object.__lt__ else "unordered")
print(sorted(Service.registry), dataclasses.fields(Service)[2].name, [f.name for f in dataclasses.fields(api)])
print(dataclasses.asdict(api)["endpoints"][0], is_dataclass(api), is_dataclass(Service), is_dataclass(1))
m = Metric("latency", 1.5)
print(m, m == Metric("latency", 1.5), hasattr(m, "__dict__"), Metric.__slots__)
try:
    Endpoint("bad", 70000)
except ValueError as e:
    print("ValueError:", e)
try:
    Service("x", [], 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Endpoint()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Broken:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    m.unit = "ms"
except AttributeError as e:
    print("AttributeError:", e)
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], namespace={"twice": lambda self: self.a * 2})
print(Dyn(4), Dyn(4).twice(), Dyn.__name__)
ep = api.endpoints[0]
print(dataclasses.replace(ep, port=8443).url)
del ep.port
