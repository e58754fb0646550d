"""An RPC dispatcher validating calls: signatures, inspect, functools.wraps, and the TypeErrors of bad calls."""
import functools
import inspect


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = inspect.signature(fn).bind(*args, **kwargs)
        bound.apply_defaults()
        print(f"  -> {fn.__name__}({', '.join(f'{k}={v!r}' for k, v in bound.arguments.items())})")
        return fn(*args, **kwargs)
    return wrapper


@log_calls
def transfer(src, dst, /, amount, *, currency="EUR", memo=None):
    """Move money."""
    return f"{amount} {currency} {src}->{dst}"


def varargs(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra


class Service:
    def method(self, x, y=0):
        return x + y

    @staticmethod
    def static(x):
        return x

    @classmethod
    def klass(cls, x):
        return cls.__name__, x


print(transfer("A", "B", 10, memo="rent"))
print(transfer.__name__, transfer.__doc__, transfer.__wrapped__.__name__, inspect.signature(transfer))
sig = inspect.signature(varargs)
print(sig, [(p.name, p.kind.name, p.default is p.empty) for p in sig.parameters.values()])
print(varargs(1, c=3), varargs(1, 2, 3, 4, c=5, z=6))
print(inspect.signature(Service.method), inspect.signature(Service().method), inspect.signature(Service.klass))
print(str(inspect.signature(lambda x, *, y=1: 0)), inspect.signature(functools.partial(varargs, 1, c=2)))

calls = [
    lambda: transfer("A"),
    lambda: transfer("A", "B", 1, 2),
    lambda: transfer(src="A", dst="B", amount=1),
    lambda: transfer("A", "B", 1, colour="red"),
    lambda: varargs(),
    lambda: varargs(1),
    lambda: varargs(1, a=2, c=3),
    lambda: Service().method(),
    lambda: Service().method(1, 2, 3),
    lambda: Service.method(1),
    lambda: Service.static(),
    lambda: Service.klass(1, 2),
    lambda: len(),
    lambda: len([], []),
    lambda: int(x=1),
    lambda: sorted([1], cmp=None),
    lambda: {}.get(),
    lambda: [].append(1, 2),
    lambda: "abc".split(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: k)(1),
    lambda: print(sep=1),
    lambda: max(),
    lambda: min(1),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: dict(1),
    lambda: Service(1),
    lambda: object(1),
    lambda: varargs(1, **{"c": 1, "a": 2}),
    lambda: varargs(*1),
    lambda: varargs(**[1]),
    lambda: functools.reduce(),
    lambda: getattr(),
    lambda: "x".join([1]),
    lambda: sum(["a", "b"], ""),
    lambda: 1 + "a",
    lambda: [] + (),
    lambda: None(),
    lambda: 5(),
    lambda: "%d" % "x",
    lambda: "{}{}".format(1),
    lambda: range(1.5),
    lambda: iter(5),
    lambda: next([]),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: ord("ab"),
    lambda: chr(-1),
    lambda: abs("x"),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except (TypeError, ValueError, IndexError) as e:
        print(i, type(e).__name__ + ":", e)
try:
    inspect.signature(transfer).bind("A")
except TypeError as e:
    print("bind:", e)
ba = inspect.signature(varargs).bind_partial(1, d=9)
print(ba.args, ba.kwargs, ba)
print(inspect.getfullargspec(varargs))
print(inspect.isfunction(transfer), inspect.ismethod(Service().method), inspect.isbuiltin(len), inspect.getdoc(transfer))
print(Service.method.__qualname__, Service.static.__qualname__, transfer.__qualname__, varargs.__defaults__, varargs.__kwdefaults__)
print(varargs.__code__.co_argcount, varargs.__code__.co_kwonlyargcount, varargs.__code__.co_varnames[:6], transfer.__wrapped__.__code__.co_posonlyargcount)
