"""A ledger with `with atomic:` around methods that call helpers, raise part-way (effects before the raise
stay), retry, and iterate shared containers; an audit thread reads consistent snapshots."""
import threading

try:
    atomic
except NameError:
    atomic = threading.RLock()


class LedgerError(Exception):
    pass


class Ledger:
    def __init__(self, names):
        self.bal = {n: 500 for n in names}
        self.entries = []
        self.rejected = 0

    def _post(self, name, amount):
        self.bal[name] += amount
        self.entries.append((name, amount))

    def transfer(self, src, dst, amount):
        with atomic:
            if self.bal[src] < amount:
                self.rejected += 1
                raise LedgerError('short')
            self._post(src, -amount)
            self._post(dst, amount)

    def snapshot(self):
        with atomic:
            return sum(self.bal.values()), len(self.entries) % 2


names = ['n%d' % i for i in range(6)]
ledger = Ledger(names)
stop = threading.Event()
audits = []


def auditor():
    while not stop.is_set():
        audits.append(ledger.snapshot())
        stop.wait(0.001)
    audits.append(ledger.snapshot())


def teller(seed):
    x = seed
    for _ in range(300):
        x = (x * 48271) % 2147483647
        s, d = names[x % 6], names[(x // 6) % 6]
        if s == d:
            continue
        try:
            ledger.transfer(s, d, x % 300)
        except LedgerError:
            pass


a = threading.Thread(target=auditor)
a.start()
ts = [threading.Thread(target=teller, args=(s,)) for s in (11, 23, 37)]
for t in ts:
    t.start()
for t in ts:
    t.join()
stop.set()
a.join()
print('total', sum(ledger.bal.values()), 'entries even', len(ledger.entries) % 2 == 0)
print('audits consistent', all(s == (3000, 0) for s in audits), len(audits) > 0)
print('rejected counted', ledger.rejected > 0)
replay = {n: 500 for n in names}
for n, amt in ledger.entries:
    replay[n] += amt
print('replay matches', replay == ledger.bal)

# partial effects of a raising block remain; a caught exception inside a block lets it go on
shared = []
try:
    with atomic:
        shared.append('a')
        {}['missing']
except KeyError:
    pass
with atomic:
    try:
        shared.append('b')
        raise StopIteration
    except StopIteration:
        shared.append('c')
print(shared)


def retrying(op, tries=3):
    for i in range(tries):
        try:
            with atomic:
                return op(i)
        except ValueError:
            continue
    return 'gave up'


print(retrying(lambda i: 1 // (i - 1) if i < 2 else 'third try'), retrying(lambda i: int('x')))
items = list(range(10))


def rotate():
    for _ in range(100):
        with atomic:
            items.append(items.pop(0))


def reverse_sum(out):
    for _ in range(100):
        with atomic:
            out.append(sum(items) + len(items))


out = []
ts = [threading.Thread(target=rotate), threading.Thread(target=rotate), threading.Thread(target=reverse_sum,
                                                                                         args=(out,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('rotated', items, set(out))
