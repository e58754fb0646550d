# Objects whose methods use `with atomic:` (an inventory of lists, dicts and sets, attribute updates), used by
# several threads at once; reservations that fail raise inside the block after a check (nothing half-done).
try:
    atomic
except NameError:
    import threading
    atomic = threading.RLock()
import threading


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.orders = []
        self.customers = set()
        self.count = 0

    def reserve(self, who, item, n):
        with atomic:
            have = self.stock.get(item, 0)
            if have < n:
                raise OutOfStock("%s: %d < %d" % (item, have, n))
            self.stock[item] = have - n
            self.orders.append((who, item, n))
            self.customers.add(who)
            self.count += 1

    def restock(self, item, n):
        with atomic:
            self.stock[item] = self.stock.get(item, 0) + n

    def snapshot(self):
        with atomic:
            return sum(self.stock.values()) + sum(n for (_, _, n) in self.orders)


inv = Inventory({"apple": 300, "pear": 200, "plum": 100})
START = 600
bad = []
fails = [0] * 4


def shopper(k):
    items = ["apple", "pear", "plum", "kiwi"]
    for i in range(200):
        item = items[(i + k) % 4]
        try:
            inv.reserve("c%d" % k, item, 1 + (i % 3))
        except OutOfStock:
            fails[k] += 1
        if i % 50 == 0:
            with atomic:
                s = inv.snapshot()
                r = restocked[0]
            if s != START + r:
                bad.append((s, r))


restocked = [0]


def supplier():
    for i in range(20):
        with atomic:
            inv.restock("kiwi", 5)
            restocked[0] += 5


ts = [threading.Thread(target=shopper, args=(k,)) for k in range(4)] + [threading.Thread(target=supplier)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("conserved:", inv.snapshot() == START + restocked[0], "bad snapshots:", bad)
print("orders + fails:", inv.count + sum(fails), len(inv.orders) == inv.count)
print("customers:", sorted(inv.customers))
print("no negative stock:", all(v >= 0 for v in inv.stock.values()))
per = {}
for (who, item, n) in inv.orders:
    per[item] = per.get(item, 0) + n
print("per item adds up:", all(per.get(i, 0) + inv.stock[i] == {"apple": 300, "pear": 200, "plum": 100,
                                                               "kiwi": 100}[i] for i in inv.stock))
