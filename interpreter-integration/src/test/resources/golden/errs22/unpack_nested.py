for f in ("a, (b, c) = 1, (2, 3, 4)", "a, (b, c) = 1, (2,)", "(a, b), c = [1, 2, 3], 4", "a, [b, *c] = 1, 5", "a, *b, c = [1]",
          "(a, b), = [(1, 2), (3, 4)]", "a, b = {'x': 1, 'y': 2, 'z': 3}", "a, b = 'xyz'", "a, b = range(10**6)", "[a, [b]] = [1, []]",
          "a, b = iter([1])", "a, b = None", "for a, b in [(1, 2), (3,)]: pass", "for (a, b), c in [((1, 2), 3), (1, 2)]: pass",
          "{a, b for a, b in [(1, 2, 3)]}", "a, (b, *c, d) = 1, (2,)", "a, *b = 5"):
    try:
        exec(f, {})
        print(repr(f), 'ok')
    except (ValueError, TypeError) as e:
        print(repr(f), type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
x, y = gen()
