"""An inventory report: functools (lru_cache, partial, reduce, total_ordering, singledispatch, cached_property),
itertools (groupby, accumulate, chain, islice, product, combinations, pairwise, zip_longest) and collections
(namedtuple, defaultdict, OrderedDict, Counter, deque, ChainMap)."""
import functools
import itertools
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque, ChainMap

Item = namedtuple('Item', 'sku category price qty', defaults=[0])
stock = [Item('a1', 'tools', 12.5, 3), Item('b2', 'garden', 4.0, 10), Item('a3', 'tools', 7.25, 1),
         Item('c4', 'kitchen', 3.5), Item('b5', 'garden', 15.0, 2), Item('c6', 'kitchen', 9.99, 4)]


@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = int(round(cents))

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return '$%d.%02d' % divmod(self.cents, 100)


@functools.lru_cache(maxsize=32)
def value(sku):
    it = next(i for i in stock if i.sku == sku)
    return Money(it.price * it.qty * 100)


@functools.singledispatch
def describe(x):
    return 'thing %r' % (x,)


@describe.register
def _(x: int):
    return 'int %d' % x


@describe.register(list)
def _(x):
    return 'list of %d' % len(x)


class Report:
    def __init__(self, items):
        self.items = items

    @functools.cached_property
    def by_category(self):
        print('(computing by_category)')
        d = defaultdict(list)
        for it in self.items:
            d[it.category].append(it.sku)
        return dict(d)


key = lambda i: i.category
for cat, group in itertools.groupby(sorted(stock, key=key), key=key):
    g = list(group)
    print(cat, [i.sku for i in g], max(value(i.sku) for i in g))
print([value(i.sku) for i in stock], value.cache_info().hits, value.cache_info().misses)
print(sorted(value(i.sku) for i in stock)[:3], Money(5) <= Money(7), Money(5) >= Money(7))
print(list(itertools.accumulate(i.qty for i in stock)))
print(functools.reduce(lambda a, b: a + b.qty, stock, 0))
print(list(itertools.islice(itertools.chain('ab', range(3), ['z']), 1, 5)))
print(list(itertools.product('xy', repeat=2)), list(itertools.combinations(range(4), 3)))
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.zip_longest('ab', 'wxyz', fillvalue='-')))
double = functools.partial(pow, exp=2)
print(double(7), double.keywords, describe(3), describe([1, 2]), describe('s'))
r = Report(stock)
print(r.by_category['tools'], r.by_category['garden'])
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.popitem(last=False)
print(list(od), Counter(i.category for i in stock).most_common(2))
dq = deque(range(6), maxlen=4)
dq.rotate(1)
dq.appendleft(-1)
print(dq, dq.maxlen)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm2 = cm.new_child({'c': 4})
print(cm2['a'], cm2['b'], cm2['c'], sorted(cm2), len(cm2.maps))
print(Item._fields, stock[3], stock[0]._replace(qty=0), stock[0]._asdict())
