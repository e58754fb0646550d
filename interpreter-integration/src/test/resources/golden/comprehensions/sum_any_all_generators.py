# sum/any/all of a generator run by the dispatch loop itself (no nested loop): results, early exits that
# leave the generator suspended, errors from + and truth raised in the caller, yield from, shadowed builtins
import sys
def gen(n):
    for i in range(n):
        yield i
print(sum(gen(10)), any(gen(0)), all(gen(0)), any(gen(3)), all(gen(3)), all(x < 5 for x in range(4)))
print(sum(x * 0.5 for x in range(7)), sum(x for x in [1, 2.5, 3]), sum((x for x in [True, True])))
g = gen(10)
print(any(x > 3 for x in g), next(gen(5)))
g = gen(10)
print(any(x > 3 for x in g))
g2 = (x for x in range(10))
print(any(x > 3 for x in g2), list(g2))
g3 = gen(10)
print(all(x < 4 for x in g3), list(g3))
def bad():
    yield 1
    yield "a"
    yield 3
b = bad()
try:
    sum(b)
except TypeError as e:
    print("TypeError", e)
print(list(b))
def raiser():
    yield 1
    raise ValueError("boom")
try:
    sum(raiser())
except ValueError as e:
    print("VE", e, e.__traceback__.tb_next.tb_frame.f_code.co_name if hasattr(e.__traceback__.tb_next, 'tb_frame') else '')
def deleg():
    yield from [1, 2]
    yield from gen(3)
    yield from "xy"
try:
    print(sum(deleg()))
except TypeError as e:
    print("TE", e)
d = deleg()
try:
    sum(d)
except TypeError as e:
    print("TE2", e)
print(list(d))
class T:
    def __bool__(self):
        raise RuntimeError("no truth")
try:
    any(x for x in [0, T()])
except RuntimeError as e:
    print("RE", e)
def stopper():
    yield 1
    raise StopIteration
try:
    sum(stopper())
except RuntimeError as e:
    print("RE2", e)
def exc_in():
    try:
        raise KeyError(1)
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield str(sys.exc_info()[0])
try:
    raise IndexError
except IndexError:
    print(list(exc_in()), any(print(x) for x in exc_in()), sys.exc_info()[0].__name__)
sum = lambda g: "shadowed"
print(sum(gen(3)))
del sum
def running():
    yield sum(g4)
g4 = running()
try:
    print(list(g4))
except ValueError as e:
    print("VE", e)
import builtins
print(builtins.sum(gen(4)), sum(gen(4), 10), sum([1, 2]))
async def co():
    return 1
c = co()
try:
    sum(c)
except TypeError as e:
    print("TE3", e)
c.close()
def deep(n):
    return sum(deep(n - 1) for _ in range(1)) if n else 1
print(deep(50))
try:
    deep(5000)
except RecursionError as e:
    print("RecErr")
