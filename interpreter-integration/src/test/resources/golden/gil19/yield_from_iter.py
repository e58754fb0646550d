# yield from an object whose __iter__ is a generator function, and every other kind of __iter__.


class Gen:
    def __iter__(self):
        yield 1
        yield 2
        return "ignored"


class Cell:
    def __init__(self, v):
        self.v = v

    def __iter__(self):
        def get():
            return self.v
        yield get()
        self.v += 1
        yield get()


class Defaults:
    def __iter__(self, k=10):
        yield k


class Star:
    def __iter__(*args):
        yield len(args)


class Plain:
    def __iter__(self):
        return iter([7, 8])


class Bad:
    def __iter__(self):
        return 5


class Static:
    @staticmethod
    def __iter__():
        yield "never"


class Sub(Gen):
    pass


class Own:
    def __iter__(self):
        yield self
        yield type(self).__name__


def take(o):
    r = yield from o
    yield ("result", r)


for o in (Gen(), Cell(3), Defaults(), Star(), Plain(), Sub(), Own()):
    out = list(take(o))
    print(type(o).__name__, [x if not isinstance(x, Own) else "self" for x in out])

for o in (Bad(), Static()):
    try:
        print(list(take(o)))
    except TypeError as e:
        print(type(o).__name__, "TypeError", e)

g = take(Gen())
print(type(next(g).__class__).__name__, g.gi_yieldfrom.__qualname__, g.gi_yieldfrom.__name__)
