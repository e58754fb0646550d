"""An order processing script that ends with an uncaught error (chained tracebacks)."""
from dataclasses import dataclass, field


class OrderError(Exception):
    """Raised when an order cannot be processed."""


@dataclass
class Item:
    sku: str
    qty: int
    price: float


@dataclass
class Order:
    oid: int
    customer: str
    items: list = field(default_factory=list)

    def total(self):
        return sum(i.qty * i.price for i in self.items)


CATALOG = {"pen": 1.2, "pad": 3.5, "ink": 7.25}
STOCK = {"pen": 100, "pad": 5, "ink": 0}


def reserve(item):
    available = STOCK[item.sku]
    if item.qty > available:
        raise OrderError(f"only {available} {item.sku} left, wanted {item.qty}")
    STOCK[item.sku] = available - item.qty


def process(order):
    reserved = []
    try:
        for item in order.items:
            reserve(item)
            reserved.append(item)
    except OrderError:
        for item in reserved:
            STOCK[item.sku] += item.qty
        raise
    return order.total()


def parse_order(oid, text):
    customer, _, rest = text.partition(":")
    items = []
    for part in rest.split(","):
        sku, qty = part.split("x")
        sku = sku.strip()
        items.append(Item(sku, int(qty), CATALOG[sku]))
    return Order(oid, customer.strip(), items)


orders = ["ann: pen x 3, pad x 2", "bob: pad x 9", "cy: ink x 1", "dee: pen x two", "eve: pen x 1, cap x 1"]
for oid, text in enumerate(orders, 1):
    try:
        order = parse_order(oid, text)
        print(f"order {oid} {order.customer}: total {process(order):.2f}")
    except OrderError as e:
        print(f"order {oid} rejected: {e}")
    except (ValueError, KeyError) as e:
        print(f"order {oid} invalid: {type(e).__name__}: {e}")
print(STOCK)


def checkout(texts):
    for oid, text in enumerate(texts, 100):
        try:
            order = parse_order(oid, text)
            process(order)
        except KeyError as e:
            raise OrderError(f"unknown product in order {oid}") from e


checkout(["zed: pen x 1", "amy: pad x 99"])
