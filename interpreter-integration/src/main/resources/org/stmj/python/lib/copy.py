"""Shallow and deep copy operations."""


class Error(Exception):
    pass


error = Error


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, complex, str, tuple, bytes, frozenset, type, range, type(None)):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    c = getattr(cls, '__copy__', None)
    if c is not None:
        return c(x)
    if callable(x) and not hasattr(x, '__dict__'):
        return x
    new = object.__new__(cls) if not isinstance(x, (list, dict, set, tuple)) else cls.__new__(cls)
    if isinstance(x, list):
        new.extend(x)
    elif isinstance(x, dict):
        new.update(x)
    d = getattr(x, '__dict__', None)
    if d is not None:
        new.__dict__.update(d)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, None)
    if y is not None:
        return y
    cls = type(x)
    if cls in (int, float, bool, complex, str, bytes, frozenset, type, range, type(None)) or callable(x) and not hasattr(x, '__dict__'):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        c = getattr(cls, '__deepcopy__', None)
        if c is not None:
            y = c(x, memo)
        else:
            if isinstance(x, tuple):
                y = cls.__new__(cls, [deepcopy(a, memo) for a in x])
            else:
                y = object.__new__(cls)
            memo[d] = y
            if isinstance(x, list):
                for a in x:
                    y.append(deepcopy(a, memo))
            elif isinstance(x, dict):
                for k, v in x.items():
                    y[deepcopy(k, memo)] = deepcopy(v, memo)
            state = getattr(x, '__dict__', None)
            if state is not None:
                for k, v in state.items():
                    setattr(y, k, deepcopy(v, memo))
    memo[d] = y
    return y
