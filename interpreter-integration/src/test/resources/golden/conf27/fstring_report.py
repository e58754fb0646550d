# a sales report formatted with f-strings: nested widths, conversions, self-documenting fields, dates, escapes
import datetime
import decimal

rows = [
    ("widget", 4, decimal.Decimal("3.50"), datetime.date(2024, 1, 5)),
    ("gadget with a long name", 12, decimal.Decimal("12.25"), datetime.date(2024, 2, 29)),
    ("thing", 0, decimal.Decimal("0.10"), datetime.date(2023, 12, 31)),
]
w, p = 24, 2
print(f"{'item':<{w}}|{'qty':>5}|{'price':>{p + 6}}|{'date':^12}|")
print(f"{'':-<{w}}+{'':->5}+{'':->{p + 6}}+{'':-^12}+")
total = decimal.Decimal(0)
for name, qty, price, day in rows:
    total += qty * price
    label = name if len(name) <= w else name[: w - 1] + "~"
    print(f"{label:<{w}}|{qty:>5d}|{price:>{p + 6}.{p}f}|{day:%d.%m.%Y}|")
print(f"{'total':<{w}}|{sum(r[1] for r in rows):>5}|{total:>{p + 6}}|{'':12}|")
x, y = 3, 4.5
print(f"{x=}, {y = }, {x + y=:.3f}, {x!r:>4}, {'q'!a}, {'é'!a}, {x=!s:>3}")
print(f"{{literal}} {{{x}}} {x:{'>'}{5}} {y:{'.'}<{8}.2f}")
print(f"{3.14159:.{p}f} {1234567:,} {1234567:_x} {0.25:%} {-5:+d} {5:+d} {255:#06x} {'a':*^7}")
name = "World"
print(f"Hello, {name.upper()!s:>10}! {len(name)} {[c for c in name if c.isupper()]} {dict(a=1)['a']}")
print(f"{'nested' if x > 2 else 'flat'} {(lambda v: v * 2)(x)} {x if x else y:>3} {(x, y)}")
print(f"""multi
line {x
      + 1} end""")
print(f"{datetime.datetime(2024, 3, 1, 14, 5):%Y-%m-%d %H:%M} {datetime.timedelta(hours=25)}")
print(f"{'tab':\t>6}|" if False else f"{'tab':>6}|", f"{x!r}" f"{y}" "plain" f"{x:03}")
for spec in ("<8", ">8", "^8", "08.3f", "+.1e", ",.2f", "x", "b", "%"):
    try:
        print(spec, f"{1234.5678:{spec}}")
    except ValueError as e:
        print(spec, "ValueError:", e)
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{x:{'q'}}")
except ValueError as e:
    print("ValueError:", e)
