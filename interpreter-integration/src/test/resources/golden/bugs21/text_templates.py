"""A tiny template engine and report formatter: str.format_map with a defaulting mapping, format specs
with nested fields, __format__ on user classes, %-formatting with dicts, string.Template, textwrap."""
import string
import textwrap
from datetime import date, datetime, timedelta


class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = cents
        self.cur = cur

    def __format__(self, spec):
        if spec.endswith("c"):
            return f"{self.cents}c"
        amount = self.cents / 100
        body = format(amount, spec or ",.2f")
        return f"{body} {self.cur}"

    def __repr__(self):
        return f"Money({self.cents!r}, {self.cur!r})"

    def __str__(self):
        return f"{self:.2f}"


class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"


tpl = "Dear {name}, you owe {amount:>12,.2f} since {when:%d %b %Y} ({days} days). {missing}"
print(tpl.format_map(Default(name="Ann", amount=Money(123456), when=date(2024, 2, 29), days=17)))
print("{0:{fill}{align}{width}}|".format("x", fill="~", align="^", width=7))
print("{:{}.{}f}".format(3.14159, 10, 3), "{!s:>10}".format(Money(5)), "{!r}".format(Money(5, "USD")))
print(f"{Money(99):c} {Money(150000):,.0f} {Money(1):} {Money(-250):+.1f}")
print("%(user)s has %(n)03d messages (%(pct).1f%%)" % {"user": "bob", "n": 7, "pct": 43.219})
print("%c%c%c %s %i %u" % (72, "i", 33, None, 3.9, 4))
print("%-10s|%10s|" % ("ab", "cd"), "%5.3s|" % "abcdef", "%*d|%-*d|" % (5, 42, 4, 7))
t = string.Template("$who likes ${what}s, costs $$${price}")
print(t.substitute(who="Tim", what="kipper", price="3"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.capwords("hello   wide world"), string.ascii_letters[:5], string.punctuation[:6])
fmt = string.Formatter()
print(list(fmt.parse("a{0}b{x:>3}c{{d}}")))
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(text, width=36, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(textwrap.dedent("""\
    def f():
        return 1
"""), end="")
print(textwrap.indent("a\n\nb", "> "))
dt = datetime(2024, 12, 31, 23, 59, 30)
print(f"{dt:%Y-%m-%dT%H:%M:%S} {dt + timedelta(seconds=45):%j %a %p} {dt.date().isoformat()} {dt:%I:%M %p}")
print("{:%A, %B %d}".format(date(2023, 7, 4)), date(2024, 1, 1).strftime("%U %W %w %y"))
print(str(timedelta(days=1, hours=3, minutes=4, seconds=5.5)), repr(timedelta(hours=-1)))
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
w = max(len(r[0]) for r in rows)
for name, n, price in rows:
    print(f"{name:.<{w + 3}}{n:>3} x {price:5.2f} = {n * price:6.2f}")
print(f"{'total':>{w + 3}}{sum(n * p for _, n, p in rows):>18.2f}")
print("a,b,,c".split(","), "  x  y ".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("Hello".center(11, "*"), "42".zfill(5), "-42".zfill(5), "abc".ljust(5, ".") + "|", "TitLe cAse".swapcase())
print("snake_case_name".title().replace("_", ""), "x".join("abc"), "tab\there".expandtabs(4) + "|")
