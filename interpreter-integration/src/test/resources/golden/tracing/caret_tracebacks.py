# Tracebacks with CPython 3.11's position markers: ^^^ under the failing call or attribute, ~~^~~ for a binary
# operator, ~^^^^ for a subscript, none when the expression is the whole line; by the traceback module and by
# the interpreter's own printer (sys.__excepthook__)
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, '')


def divide(a, b):
    return a / b


def look(d):
    return d['missing'] + 1


class O:
    pass


def attr(o):
    x = o.nothing.more
    return x


def call(f):
    y = 1 + f(0, 0)
    return y


def whole():
    undefined_function()


def multi(a):
    return (a +
            undefined_name)


def nested(xs):
    return xs[0][1] // xs[1]


cases = [lambda: call(divide), lambda: look({}), lambda: attr(O()), whole, lambda: multi(1),
         lambda: nested([[1, 2], 0])]
for fn in cases:
    try:
        fn()
    except Exception:
        print(clean(traceback.format_exc()))
for fn in cases:
    try:
        fn()
    except Exception as e:
        saved = sys.stderr
        sys.stderr = buf = io.StringIO()
        try:
            sys.__excepthook__(type(e), e, e.__traceback__)
        finally:
            sys.stderr = saved
        print(clean(buf.getvalue()))
positions = list(divide.__code__.co_positions())
print(all(len(p) == 4 for p in positions))
print(any(p[2] is not None and p[3] is not None and p[3] - p[2] == 5 for p in positions))
lines = list(divide.__code__.co_lines())
print(all(start < end for start, end, line in lines), max(line for start, end, line in lines))
