"""str.format: automatic field numbers shared by a field and the fields nested in its spec (the outer field first),
manual/automatic mixing errors, nesting limit, conversion errors, format_map."""
print("{:{}.{}f}|".format(3.14159, 10, 3))
print("{:{}}{}|".format(1, 3, "x"), "{0:{1}}{2}|".format(1, 3, "x"), "{a!s:>{w}}|".format(a="A", w=4))
print("{:{fill}{align}{width}}|".format("mid", fill="*", align="^", width=9))
print("{0:{1}.{2}}|{0:>{1}}|".format(2.71828, 9, 3))
print("{:>{}}|{:<{}}|".format("r", 4, "l", 3))
for f in ["{!}", "{!rr}", "{0!r:}", "{!x}", "{:{:{}}}", "{0}{}", "{}{0}", "{!:}", "{0:{}}", "{:{1}}"]:
    try:
        print(repr(f), repr(f.format(1, 2, 3, a="A", w=4)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(f), type(e).__name__, e)


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{name:>{width}} {missing}".format_map(Default(name="n", width=5)))
print("{0[1]:{0[0]}}|{1.real:{1.imag:.0f}}|".format([6, "ab"], 3 + 5j))
import string
f = string.Formatter()
for s in ["a{0}b{x:>3}c{{d}}", "{{", "a{{", "{{}}", "x}}y{{z", "{0!r:>{1}}{{", "", "plain", "{}{}", "a{{b{0}c}}d"]:
    print(repr(s), list(f.parse(s)))
print(f.format("{0}{{x}}{1:>{2}}", "a", "b", 3), f.vformat("{x}{{", (), {"x": 1}))
