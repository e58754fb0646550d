"""A mail-merge engine: string.Template (substitute/safe_substitute, custom delimiter and idpattern, invalid
placeholders, get_identifiers/is_valid), a string.Formatter subclass (custom conversion, get_value with defaults,
format_field hooks, parse() output), str.format with nested fields/attribute/index lookups and its errors, and
%-formatting with dicts, plus bytes %-formatting."""
import string
from collections import namedtuple

Customer = namedtuple("Customer", "name email tier")
cust = Customer("Zoë Smith", "zoe@example.org", "gold")
order = {"id": 1042, "items": [("widget", 2, 9.5), ("gizmo", 1, 120.0)], "total": 139.0}

t = string.Template("Dear $name,\nyour order #$id ships ${when}. $$5 off next time!")
print(t.substitute(name=cust.name, id=order["id"], when="today"))
print(t.safe_substitute(name="X"))
for bad in [dict(name="a"), dict(name="a", id=1, when="x", extra=1)]:
    try:
        print(repr(t.substitute(bad)))
    except KeyError as e:
        print("KeyError:", e)
try:
    string.Template("cost: $5").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid(), string.Template("$ bad").is_valid(), string.Template("${a}b $c").template)


class Pct(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9]*"


class Braces(string.Template):
    braceidpattern = r"[A-Z_.]+"


print(Pct("%who owes %amt%%").substitute(who="bob", amt=5), Braces("${USER.NAME} and $lower").safe_substitute({"USER.NAME": "root"}))


class MergeFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "t":
            return str(value).title()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)


mf = MergeFormatter()
print(mf.format("{c.name!u} <{c.email}> tier={c.tier!t} total={total:money} missing={nope} first={0}", "pos0", c=cust, total=order["total"]))
print(list(mf.parse("a{0}b{x.y!r:>{w}}c{{d}}")), list(string.Formatter().parse("plain")), list(string.Formatter().parse("")))
print(string.Formatter().vformat("{0}-{k}", ("a",), {"k": "b"}), mf.format("{:money}", 1234567.891))
lines = [f"{name:<10}{qty:>3} x {price:>8.2f} = {qty * price:>9.2f}" for name, qty, price in order["items"]]
print("\n".join(lines))
print("{0[items][1][0]} {0[id]:06d} {1.email} {2[0]!r:^12}".format(order, cust, ["x"]))
print("{:{fill}{align}{width}.{prec}f}|{!s:.3}|{:{}}".format(3.14159, "truncate", "nest", "^7", fill="*", align=">", width=10, prec=2))
print("{a}{b}".format_map({"a": 1, "b": 2}), "{0}{1}{0}".format("ab", "cd"), "{}{}".format(*"xy"), "{0!a}".format("é"))
for fmt, args, kw in [("{0} {}", ("a", "b"), {}), ("{} {1}", ("a", "b"), {}), ("{2}", ("a",), {}), ("{x}", (), {}),
                      ("{0.missing}", (cust,), {}), ("{0[5]}", ([1],), {}), ("{!z}", (1,), {}), ("{0:{1}}", (1, "<<<"), {}),
                      ("}", (), {}), ("{", (), {}), ("{0[}", ([],), {}), ("{0:d}", ("s",), {}), ("{:,s}", ("s",), {})]:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
print("%(name)s bought %(n)d items for %(total).2f" % {"name": cust.name, "n": 3, "total": order["total"]})
print("%s %r %a %5.1f%% %x %X %o %e %c %c" % ("é", "é", "é", 99.5, 255, 255, 8, 0.5, "z", 10004))
print(b"%s:%d:%05.1f:%x:%c:%a" % (b"key", 7, 2.25, 255, 65, "é"))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%(k)s", ("a",)), ("%z", (1,)), ("%s", ()), ("%c", ("ab",)), ("%d %d", (1, 2, 3))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
