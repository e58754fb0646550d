"""Concert ticket booking: many clerk threads book seats under `with atomic:` (a lock under CPython), with
refunds that raise half-way, a Condition-based waitlist, a Semaphore-limited payment gateway, and a final audit."""
import threading
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed

try:
    atomic
except NameError:
    atomic = threading.RLock()


class SoldOut(Exception):
    pass


class Venue:
    def __init__(self, rows, per_row):
        self.free = {(r, s) for r in "ABCDE"[:rows] for s in range(1, per_row + 1)}
        self.owner = {}
        self.sales = Counter()
        self.log = defaultdict(list)
        self.refunds = 0

    def book(self, clerk, customer, n):
        with atomic:
            if len(self.free) < n:
                raise SoldOut(f"{customer} wanted {n}, {len(self.free)} left")
            seats = sorted(self.free)[:n]
            for seat in seats:
                self.free.remove(seat)
                self.owner[seat] = customer
            self.sales[clerk] += n
            self.log[customer].extend(seats)
            return seats

    def refund(self, customer, seat):
        with atomic:
            if self.owner.get(seat) != customer:
                raise PermissionError(f"{customer} does not own {seat}")
            del self.owner[seat]
            self.free.add(seat)
            self.log[customer].remove(seat)
            self.refunds += 1


venue = Venue(rows=4, per_row=10)
gateway = threading.Semaphore(3)
in_gateway = [0]
peak = [0]
peak_lock = threading.Lock()
results = {}
errors = []


def clerk(cid):
    mine = []
    for k in range(6):
        customer = f"c{cid}-{k}"
        with gateway:
            with peak_lock:
                in_gateway[0] += 1
                peak[0] = max(peak[0], in_gateway[0])
            try:
                seats = venue.book(cid, customer, 1 + (cid + k) % 3)
                mine.append((customer, len(seats)))
            except SoldOut as e:
                errors.append(str(e).split(",")[0])
            finally:
                with peak_lock:
                    in_gateway[0] -= 1
    results[cid] = mine


threads = [threading.Thread(target=clerk, args=(i,), name=f"clerk-{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
sold = sum(venue.sales.values())
print("sold", sold, "free", len(venue.free), "owners", len(venue.owner), "peak<=3", peak[0] <= 3)
print("per clerk sums", sum(venue.sales.values()) == sum(n for v in results.values() for _, n in v), len(results))
print("consistent", sold + len(venue.free) == 40, len(set(venue.owner)) == len(venue.owner))
print("sold-out errors", len(errors) > 0, sold == 40 or not errors)

# refunds: half of them are forged and must change nothing
owned = sorted(venue.owner.items())[:8]
def refunder(pairs, forge):
    for seat, cust in pairs:
        try:
            venue.refund(cust + ("x" if forge else ""), seat)
        except PermissionError:
            pass
r1 = threading.Thread(target=refunder, args=(owned[:4], False))
r2 = threading.Thread(target=refunder, args=(owned[4:], True))
r1.start(); r2.start(); r1.join(); r2.join()
print("refunds", venue.refunds, "free now", len(venue.free), sorted(venue.free)[:4])

# waitlist: customers wait on a Condition until seats come back
cond = threading.Condition()
waitlist_done = []
def waiter(name):
    with cond:
        ok = cond.wait_for(lambda: len(venue.free) > 0 and waitlist_done.count(name) == 0, timeout=10)
        if ok:
            seat = venue.book(99, name, 1)
            waitlist_done.append(name)
def releaser():
    for seat, cust in sorted(venue.owner.items())[-3:]:
        with cond:
            venue.refund(cust, seat)
            cond.notify_all()
ws = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(3)]
for w in ws:
    w.start()
rel = threading.Thread(target=releaser)
rel.start()
for t in ws + [rel]:
    t.join()
print("waitlist served", sorted(waitlist_done), "free", len(venue.free) >= 0)

with ThreadPoolExecutor(max_workers=4) as pool:
    futs = {pool.submit(venue.book, 7, f"late{i}", 1): i for i in range(6)}
    outcomes = sorted((futs[f], type(f.exception()).__name__ if f.exception() else "ok") for f in as_completed(futs))
print("late", sorted(Counter(o for _, o in outcomes).items()))
total_owned = sum(len(v) for v in venue.log.values())
print("audit", total_owned == len(venue.owner), len(venue.owner) + len(venue.free) == 40, venue.refunds)
