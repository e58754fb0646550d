"""Iterator building blocks (pure-Python versions of CPython's itertools)."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for i in range(times):
            yield obj


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = func(total, element) if func is not None else total + element
        yield total


class chain:
    def __init__(self, *iterables):
        self._its = iterables
        self._gen = self._run()

    def _run(self):
        for it in self._its:
            yield from it

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._its = iterables
        c._gen = c._run()
        return c

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    if start < 0 or (stop is not None and stop < 0) or step <= 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    it = iter(iterable)
    i = 0
    nexti = start
    while stop is None or i < stop:
        try:
            element = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


class _tee_dataobject:
    """A block of up to 57 values read from the source iterator a family of tee iterators shares (CPython's
    teedataobject): values stay only while some iterator of the family has not passed them, so infinite sources
    work and long ones cost one list slot per value. 'running' marks a next() on the source in progress."""
    __slots__ = ('it', 'values', 'nextlink', 'running')

    def __init__(self, it):
        self.it = it
        self.values = []
        self.nextlink = None
        self.running = False


class _tee:
    __slots__ = ('_data', '_index', '__weakref__')

    def __init__(self, data, index=0):
        self._data = data
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._index
        if i >= 57:
            link = data.nextlink
            if link is None:
                link = data.nextlink = _tee_dataobject(data.it)
            data = self._data = link
            i = 0
        values = data.values
        if i < len(values):
            self._index = i + 1
            return values[i]
        if data.running:
            raise RuntimeError("cannot re-enter the tee iterator")
        data.running = True
        try:
            value = next(data.it)
        finally:
            data.running = False
        values.append(value)
        self._index = i + 1
        return value

    def __copy__(self):
        return _tee(self._data, self._index)

    def __reduce__(self):
        raise TypeError("cannot pickle '_tee' object")


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    if copy is None:
        it = _tee(_tee_dataobject(it))
        copy = it.__copy__
    return (it,) + tuple(copy() for _ in range(n - 1))


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class _Grouper:
    pass


def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    it = iter(iterable)
    exhausted = False
    try:
        curr = next(it)
    except StopIteration:
        return
    currkey = keyfunc(curr)
    while not exhausted:
        tgtkey = currkey
        group = [curr]
        while True:
            try:
                curr = next(it)
            except StopIteration:
                exhausted = True
                break
            currkey = keyfunc(curr)
            if currkey != tgtkey:
                break
            group.append(curr)
        yield tgtkey, iter(group)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
