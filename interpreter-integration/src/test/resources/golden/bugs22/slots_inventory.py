"""A warehouse inventory with dunder-heavy value types: __slots__, total_ordering, __hash__/__eq__, __format__,
__index__, __bool__, __contains__, __getitem__ with slices, __iter__/__reversed__, __missing__, augmented assignment."""
from functools import total_ordering, cached_property, reduce
from collections import UserDict, UserList
import operator


@total_ordering
class Money:
    __slots__ = ("cents", "cur")

    def __init__(self, amount, cur="EUR"):
        if isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            self.cents = int(whole) * 100 + sign * int((frac + "00")[:2])
        else:
            self.cents = round(amount * 100)
        self.cur = cur

    @classmethod
    def _c(cls, cents, cur):
        m = cls.__new__(cls)
        m.cents, m.cur = cents, cur
        return m

    def _check(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        if o.cur != self.cur:
            raise ValueError(f"currency mismatch: {self.cur} vs {o.cur}")
        return o

    def __add__(self, o):
        if o == 0:
            return self
        o = self._check(o)
        return o if o is NotImplemented else Money._c(self.cents + o.cents, self.cur)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._check(o)
        return o if o is NotImplemented else Money._c(self.cents - o.cents, self.cur)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money._c(round(self.cents * k), self.cur)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money._c(-self.cents, self.cur)

    def __eq__(self, o):
        if isinstance(o, int) and o == 0:
            return self.cents == 0
        return isinstance(o, Money) and (self.cents, self.cur) == (o.cents, o.cur)

    def __lt__(self, o):
        o = self._check(o)
        return o if o is NotImplemented else self.cents < o.cents

    def __hash__(self):
        return hash((self.cents, self.cur))

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money('{self}', {self.cur!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

    def __format__(self, spec):
        if spec.endswith("c"):
            return format(f"{self} {self.cur}", spec[:-1] or "")
        return format(self.cents / 100, spec or ".2f")


class Shelf(UserList):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Shelf(r) if isinstance(i, slice) else r


class Stock(UserDict):
    def __missing__(self, key):
        return 0

    def __contains__(self, key):
        return self.data.get(key, 0) > 0


class Bin:
    __slots__ = ("code", "__weakref__")

    def __init__(self, code):
        self.code = code

    def __index__(self):
        return int(self.code[1:])

    def __repr__(self):
        return f"Bin({self.code})"


class Catalog:
    def __init__(self, items):
        self._items = dict(items)

    @cached_property
    def total(self):
        print("  (computing total)")
        return sum(self._items.values())

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items))

    def __reversed__(self):
        return reversed(list(self))

    def __getitem__(self, key):
        if isinstance(key, slice):
            names = list(self)[key]
            return {n: self._items[n] for n in names}
        return self._items[key]


prices = {"bolt": Money("0.15"), "nut": Money("0.05"), "gear": Money("12.99"), "belt": Money(7.5), "oil": Money("-1.20")}
cat = Catalog(prices)
print(cat.total, cat.total, repr(cat.total), len(cat), list(reversed(cat)), cat["b":"h"] if False else cat[1:3])
print(sorted(prices.values()), max(prices.values()), min(prices, key=prices.get), sum(prices.values(), Money(0)))
print(f"{prices['gear']:>10.3f}|{prices['gear']:c}|{prices['oil']:>14c}|{Money(1234.5):,.2f}")
print(Money("1.10") + Money("2.05") == Money("3.15"), Money(1) * 3, 3 * Money("0.10"), -Money(2), bool(Money(0)), Money(0) == 0)
print(Money("2.50") <= Money("2.50"), Money("3") > Money("2.99"), Money("1") != Money("1", "USD"), len({Money(1), Money("1.00")}))
for bad in (lambda: Money(1) + Money(1, "USD"), lambda: Money(1) < 5, lambda: Money(1) * Money(2), lambda: Money(1).__dict__):
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
stock = Stock(bolt=500, nut=0)
stock["gear"] += 3
stock["bolt"] -= 20
print(stock["missing"], "nut" in stock, "bolt" in stock, sorted(stock.items()), len(stock))
shelf = Shelf([Bin("B3"), Bin("B1"), Bin("B2")])
print(shelf[1:], type(shelf[::2]).__name__, shelf[0], "abcdef"[Bin("B2")], [10, 20, 30, 40][Bin("x1"):Bin("x3")], bin(Bin("b5")))
shelf += [Bin("B9")]
shelf.sort(key=operator.index)
print(shelf, operator.index(Bin("Z42")), hex(Bin("h255")), range(10)[Bin("r7")])
try:
    Bin("B1").extra = 1
except AttributeError as e:
    print("AttributeError:", e)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e, t)
acc = reduce(operator.add, [Money("0.10")] * 10)
print(acc, acc == Money(1), [str(m) for m in sorted(prices.values(), reverse=True)[:2]], Money.__slots__, hasattr(Bin("x"), "__dict__"))
