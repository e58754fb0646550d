# `with atomic:` transfers between accounts with exceptions raised inside. The documented semantics (under CPython
# an RLock stands in for `atomic`): an exception leaving the block ends it normally, its effects are kept; a
# transfer that checks before it writes therefore conserves the total.
try:
    atomic
except NameError:
    import threading
    atomic = threading.RLock()
import threading


class Insufficient(Exception):
    pass


accounts = {"a": 1000, "b": 1000, "c": 1000, "d": 1000}
names = sorted(accounts)


def transfer(src, dst, amount):
    with atomic:
        if accounts[src] < amount:
            raise Insufficient("%s has %d < %d" % (src, accounts[src], amount))
        accounts[src] -= amount
        accounts[dst] += amount


fails = [0] * 4
oks = [0] * 4


def client(k):
    seed = k * 7919 + 1
    for _ in range(400):
        seed = (seed * 1103515245 + 12345) % 2147483648
        src = names[seed % 4]
        dst = names[(seed // 4) % 4]
        amt = (seed // 16) % 300
        try:
            transfer(src, dst, amt)
            oks[k] += 1
        except Insufficient:
            fails[k] += 1


ts = [threading.Thread(target=client, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total:", sum(accounts.values()), "attempts:", [o + f for o, f in zip(oks, fails)])
print("no negative balance:", all(v >= 0 for v in accounts.values()))

# effects before the raise are kept (not rolled back)
acct = {"x": 10, "y": 0}
try:
    with atomic:
        acct["x"] -= 5
        raise KeyError("after the debit")
except KeyError as e:
    print("kept partial effect:", acct, repr(e))
# an exception caught inside the block does not end it
with atomic:
    try:
        acct["y"] += 5
        1 / 0
    except ZeroDivisionError:
        acct["y"] += 100
print("caught inside:", acct)
# return and break out of atomic blocks
def take(n):
    with atomic:
        if acct["y"] >= n:
            acct["y"] -= n
            return True
        return False


print("returns:", take(50), take(100), acct)
for i in range(5):
    with atomic:
        acct["x"] += 1
        if i == 2:
            break
print("after break:", acct)
