# Operations CPython makes atomic, used by threads without a lock as users rely on: next() of a shared
# itertools.count for unique ids, deque append/popleft, list append/pop, dict setdefault/pop, set add/discard.
import threading, itertools
from collections import deque

ids = itertools.count(1)
got = [[] for _ in range(4)]


def take_ids(k):
    for _ in range(500):
        got[k].append(next(ids))


ts = [threading.Thread(target=take_ids, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allids = sorted(i for g in got for i in g)
print("unique ids:", allids == list(range(1, 2001)), all(g == sorted(g) for g in got), next(ids))

dq = deque()
popped = []


def prod(k):
    for i in range(500):
        dq.append((k, i))


def cons():
    n = 0
    while n < 1000:
        try:
            popped.append(dq.popleft())
            n += 1
        except IndexError:
            pass


c = threading.Thread(target=cons)
ps = [threading.Thread(target=prod, args=(k,)) for k in range(2)]
c.start()
for t in ps:
    t.start()
for t in ps + [c]:
    t.join()
print("deque:", len(popped), sorted(popped) == [(k, i) for k in range(2) for i in range(500)],
      all([i for kk, i in popped if kk == k] == list(range(500)) for k in range(2)), len(dq))

shared = {}
seen = set()


def dict_work(k):
    for i in range(300):
        shared.setdefault(i % 50, []).append(k)
        seen.add((k, i % 7))
        shared.pop(1000 + i, None)


ts = [threading.Thread(target=dict_work, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("setdefault lists:", sorted(len(v) for v in shared.values()) == [18] * 50, len(shared))
print("set:", sorted(seen) == [(k, j) for k in range(3) for j in range(7)])
stack = list(range(1000))
outs = [[] for _ in range(4)]


def popper(k):
    while True:
        try:
            outs[k].append(stack.pop())
        except IndexError:
            return


ts = [threading.Thread(target=popper, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("pops:", sorted(x for o in outs for x in o) == list(range(1000)), all(o == sorted(o, reverse=True) for o in outs))
