"""Runs doctests embedded in a small statistics helper; one example fails on purpose."""
import doctest


def mean(values):
    """Arithmetic mean.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    """
    return sum(values) / len(values)


def words(text):
    """Split into lowercase words.

    >>> words("Hello, World! Hello")
    ['hello', 'world', 'hello']
    >>> sorted(set(words("b a b")))
    ['a', 'b']
    """
    import re
    return re.findall(r"[a-z]+", text.lower())


def scale(values, k=2):
    """Scale each value.

    >>> scale([1, 2])
    [2, 4]
    >>> scale([1.5], k=3)   # doctest: +ELLIPSIS
    [4.5...]
    >>> scale([1, 2], 10)
    [10, 21]
    >>> print(*scale(range(3)), sep="\\n")
    0
    2
    4
    """
    return [v * k for v in values]


class Counter2:
    """
    >>> c = Counter2()
    >>> c.add("x"); c.add("x"); c.total
    2
    >>> c   # doctest: +NORMALIZE_WHITESPACE
    Counter2(total=2,
             keys=['x'])
    """

    def __init__(self):
        self.total = 0
        self.keys = []

    def add(self, k):
        self.total += 1
        if k not in self.keys:
            self.keys.append(k)

    def __repr__(self):
        return f"Counter2(total={self.total}, keys={self.keys})"


import contextlib
import io
import os

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    results = doctest.testmod(verbose=False, report=True)
print(buf.getvalue().replace(__file__, os.path.basename(__file__)), end="")
print(results, results.failed, results.attempted)
print(doctest.run_docstring_examples.__name__)
finder = doctest.DocTestFinder()
tests = sorted(finder.find(scale), key=lambda t: t.name)
print([(t.name.split(".")[-1], len(t.examples)) for t in tests])
print([e.source for e in tests[0].examples][:2], tests[0].examples[1].want)
parser = doctest.DocTestParser()
ex = parser.get_examples(">>> 1 + 1\n2\n>>> x = 5\n")
print(len(ex), ex[0].source, repr(ex[0].want), ex[1].want == "")
