"""Invoice calculation with decimal contexts, rounding and formatting."""
from decimal import (Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN,
                     ROUND_CEILING, InvalidOperation, DivisionByZero, Inexact, Context)
from dataclasses import dataclass

getcontext().prec = 28
CENT = D("0.01")


@dataclass
class Line:
    sku: str
    desc: str
    qty: int
    unit: D
    vat: D = D("0.20")

    @property
    def net(self):
        return (self.unit * self.qty).quantize(CENT, ROUND_HALF_UP)

    @property
    def tax(self):
        return (self.net * self.vat).quantize(CENT, ROUND_HALF_UP)


lines = [
    Line("A-100", "Widget, large", 3, D("19.99")),
    Line("B-220", "Gadget (refurb.)", 1, D("149.5")),
    Line("C-003", "Screws x100", 12, D("0.345")),
    Line("D-777", "Book", 2, D("12.49"), D("0.05")),
    Line("E-010", "Service hour", 1, D("85"), D("0")),
]

print(f"{'SKU':<6} {'Description':<18} {'Qty':>4} {'Unit':>9} {'Net':>10} {'VAT':>7}")
print("-" * 59)
for ln in lines:
    print(f"{ln.sku:<6} {ln.desc:<18} {ln.qty:>4} {ln.unit:>9.3f} {ln.net:>10,} {ln.tax:>7}")
net = sum(ln.net for ln in lines)
tax = sum(ln.tax for ln in lines)
print("-" * 59)
print(f"{'net':>48} {net:>10}")
print(f"{'vat':>48} {tax:>10}")
print(f"{'total':>48} {net + tax:>10}")
by_rate = {}
for ln in lines:
    by_rate.setdefault(ln.vat, D(0))
    by_rate[ln.vat] += ln.tax
for rate, amount in sorted(by_rate.items()):
    print(f"  vat {rate:.0%}: {amount}")

share = (net + tax) / 3
print("split 3 ways:", share, share.quantize(CENT), share.quantize(CENT, ROUND_DOWN), share.quantize(CENT, ROUND_CEILING))
parts = [share.quantize(CENT, ROUND_DOWN)] * 3
parts[0] += (net + tax) - sum(parts)
print(parts, sum(parts) == net + tax)

with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / D(7), D(2).sqrt(), D("123456789") + 1)
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(7))
print(D(2).sqrt(), D(10).ln(), D(100).log10(), D("1.1").exp())
print(D("1.30") + D("1.20"), D("1.30") * D("1.20"), D("7.00").normalize(), D("1E+3").to_integral_value())
print(D("-0"), D("NaN"), D("-Infinity"), D("1e-7"), D("0.000001"), D(1.1))
print(repr(D("3.14")), str(D("3.140")), D("3.14").as_tuple(), D("12.345").adjusted())
print(D(10) // D(3), D(-10) // D(3), D(-10) % D(3), divmod(D(7), D(2)), round(D("2.675"), 2))
print(f"{D('1234567.891'):,.2f} {D('0.5'):%} {D('1e10'):e} {D('-3.5'):+.1f} {D('42'):08.2f}")
print(D("1.5").compare(D("2")), max(D("1.1"), D("1.10")), D("1.10") == D("1.1"), D(0.5) == 0.5)
ctx = Context(prec=5, traps=[DivisionByZero, InvalidOperation])
print(ctx.divide(D(22), D(7)), ctx.power(D(2), D(100)))
strict = Context(traps=[Inexact])
try:
    strict.divide(D(1), D(3))
except Inexact as e:
    print("Inexact", type(e).__mro__[1].__name__)
for bad in ("1/0", "0/0", "abc"):
    try:
        if bad == "abc":
            D(bad)
        else:
            a, b = bad.split("/")
            D(a) / D(b)
    except (DivisionByZero, InvalidOperation) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError))
print(sorted([D("1.5"), D("-2"), D("0.25"), D("1e1")]), sum([D("0.1")] * 10) == 1, sum([0.1] * 10) == 1)
