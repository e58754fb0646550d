"""Sorting and dict/set building in worker threads, then merged: sorted with keys, heapq.merge, Counter,
defaultdict, dict comprehensions and a shared result dict written under a lock."""
import collections
import heapq
import operator
import threading


def lcg(seed, n):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % (2 ** 31)
        out.append(x % 10000)
    return out


chunks = [lcg(s, 400) for s in range(6)]
sorted_chunks = [None] * 6
words = {}
counters = [None] * 6
lock = threading.Lock()


def work(i):
    data = chunks[i]
    sorted_chunks[i] = sorted(data)
    local = collections.Counter(x % 10 for x in data)
    counters[i] = local
    recs = [{'id': k, 'v': v, 'tag': 'abc'[v % 3]} for k, v in enumerate(data[:50])]
    recs.sort(key=operator.itemgetter('tag', 'v'), reverse=True)
    by_tag = collections.defaultdict(list)
    for r in recs:
        by_tag[r['tag']].append(r['id'])
    with lock:
        words[i] = {t: len(ids) for t, ids in sorted(by_tag.items())}


ts = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
merged = list(heapq.merge(*sorted_chunks))
print('merged', merged == sorted(x for c in chunks for x in c), merged[:5], merged[-3:])
total = sum(counters, collections.Counter())
print('digits', sorted(total.items()))
print('tags', [words[i] for i in range(6)])

# a shared dict built by several threads with setdefault and update under a lock; then inverted
index = {}


def indexer(k):
    for x in chunks[k][:100]:
        with lock:
            index.setdefault(x % 97, set()).add(k)


ts = [threading.Thread(target=indexer, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
inv = collections.defaultdict(int)
for key, ks in index.items():
    inv[len(ks)] += 1
print('index', len(index), sorted(inv.items()))
print('stable sort', sorted([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], key=lambda p: p[0]))


class Item:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return (self.n % 7, self.n) < (other.n % 7, other.n)


items = [Item(n) for n in lcg(99, 200)]
res = {}


def sorter(name, key):
    res[name] = [i.n for i in sorted(items, key=key)][:5] if key else [i.n for i in sorted(items)][:5]


ts = [threading.Thread(target=sorter, args=('lt', None)),
      threading.Thread(target=sorter, args=('neg', lambda i: -i.n)),
      threading.Thread(target=sorter, args=('str', lambda i: str(i.n)))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res.items()))
