"""A warehouse inventory with a container class implementing many dunder methods."""
from collections.abc import MutableMapping
from functools import total_ordering, cached_property
import bisect


@total_ordering
class Product:
    __slots__ = ("sku", "name", "price", "_weight")

    def __init__(self, sku, name, price, weight=0.0):
        self.sku, self.name, self.price, self._weight = sku, name, price, weight

    @property
    def weight(self):
        return self._weight

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self.name!r}, {self.price})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)

    def __hash__(self):
        return hash(self.sku)

    def __format__(self, spec):
        return format(f"{self.name} @ {self.price:.2f}", spec)


class Inventory(MutableMapping):
    def __init__(self, name):
        self.name = name
        self._stock = {}
        self._products = {}

    def __getitem__(self, sku):
        if sku not in self._stock:
            raise KeyError(sku)
        return self._stock[sku]

    def __setitem__(self, sku, qty):
        if qty < 0:
            raise ValueError(f"negative quantity for {sku}: {qty}")
        self._stock[sku] = qty

    def __delitem__(self, sku):
        del self._stock[sku]
        self._products.pop(sku, None)

    def __iter__(self):
        return iter(sorted(self._stock))

    def __len__(self):
        return len(self._stock)

    def __contains__(self, sku):
        return sku in self._stock

    def __repr__(self):
        return f"<Inventory {self.name}: {dict(self.items())}>"

    def __add__(self, other):
        merged = Inventory(f"{self.name}+{other.name}")
        for inv in (self, other):
            merged._products.update(inv._products)
            for sku, qty in inv.items():
                merged[sku] = merged.get(sku, 0) + qty
        return merged

    def __call__(self, sku):
        return self._products[sku]

    def __bool__(self):
        return any(self._stock.values())

    def add(self, product, qty):
        self._products[product.sku] = product
        self[product.sku] = self.get(product.sku, 0) + qty

    @cached_property
    def price_list(self):
        print("  (building price list)")
        return sorted(self._products.values())

    def value(self):
        return sum(self._products[s].price * q for s, q in self.items())


w1 = Inventory("north")
w1.add(Product("P1", "bolt", 0.25, 0.01), 500)
w1.add(Product("P2", "nut", 0.1), 800)
w1.add(Product("P3", "hammer", 12.5, 0.6), 4)
w2 = Inventory("south")
w2.add(Product("P3", "hammer", 12.5), 6)
w2.add(Product("P4", "saw", 21.0), 2)
print(w1, len(w1), "P2" in w1, "P9" in w1, list(w1), w1("P3"))
both = w1 + w2
print(both, f"{both.value():.2f}")
print(both.price_list[0], both.price_list[-1])
print(both.price_list is both.price_list)
print(f"[{both('P4'):>20}] [{both('P1'):<15}]")
both.update({"P1": 1, "P2": 2})
both.setdefault("P5", 0)
print(both.pop("P2"), both.popitem(), dict(both), both.keys() & {"P3", "P1"})
print(sorted(both._products.values()), w1("P1") == Product("P1", "x", 9), w1("P1") > w1("P2"))
prices = [p.price for p in sorted(both._products.values())]
print(prices, bisect.bisect_left(prices, 12.5), bisect.bisect(prices, 12.5))
try:
    w1["P1"] = -3
except ValueError as e:
    print("ValueError:", e)
try:
    w1["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    w1("P1").color = "red"
except AttributeError as e:
    print("AttributeError:", e)
try:
    w1("P1").weight = 2
except AttributeError as e:
    print("AttributeError:", e)
empty = Inventory("empty")
empty.add(Product("P0", "air", 0), 0)
print(bool(empty), bool(w1), empty == {"P0": 0}, w2 != w1)
print(isinstance(w1, MutableMapping), Inventory.__mro__[1].__name__, hash(w1("P1")) == hash("P1"))
