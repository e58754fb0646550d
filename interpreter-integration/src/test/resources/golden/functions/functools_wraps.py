import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper
@logged
def compute(x, y):
    """Adds two numbers."""
    return x + y
print(compute(2, 3))
print(compute.__name__, compute.__doc__)
print(compute.__wrapped__(10, 20))
def plain(fn):
    def wrapper(): return fn()
    return wrapper
@plain
def named(): "doc"
print(named.__name__, named.__doc__)
