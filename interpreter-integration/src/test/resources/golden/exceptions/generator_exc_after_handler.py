# A generator suspended inside an except block and resumed while its resumer handles another exception: once
# the block ends, the generator's handled exception is its current resumer's (sys.exc_info, implicit __context__),
# not the one that was handled when the block began.
import sys


def current():
    e = sys.exc_info()[1]
    return repr(e)


def gen():
    try:
        raise KeyError("own")
    except KeyError:
        yield "in block: " + current()
    yield "after block: " + current()
    try:
        raise ValueError("later")
    except ValueError as e:
        yield "context of later: " + repr(e.__context__)
    yield "at the end: " + current()


def nested_blocks():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            yield "inner: " + current()
        yield "outer again: " + current()
    yield "after both: " + current()


def drive(g, handling):
    out = []
    for exc in handling:
        if exc is None:
            out.append(next(g))
        else:
            try:
                raise exc
            except Exception:
                out.append(next(g))
    return out


for line in drive(gen(), [TypeError("first"), IndexError("second"), None, RuntimeError("third")]):
    print(line)
print("outside:", current())
for line in drive(nested_blocks(), [TypeError("a"), None, LookupError("b")]):
    print(line)
print("outside:", current())


def consumer():
    # resumed by a for loop inside an except block, then by one outside it
    results = []
    g = gen()
    try:
        raise OSError("loop")
    except OSError:
        for v in g:
            results.append(v)
            if len(results) == 2:
                break
    for v in g:
        results.append(v)
    return results


for line in consumer():
    print(line)
