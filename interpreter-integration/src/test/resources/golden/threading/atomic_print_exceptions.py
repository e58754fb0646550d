# print and exceptions inside `with atomic:` (under CPython, an RLock stands in for `atomic`): output appears in
# order, an exception leaving the block ends it normally (its effects are kept), nested blocks nest.
try:
    atomic
except NameError:
    import threading
    atomic = threading.RLock()
import threading

log = []
with atomic:
    print("inside the block")
    log.append(1)
print("after", log)

try:
    with atomic:
        log.append(2)
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, log)

try:
    with atomic:
        with atomic:
            log.append(3)
            {}["missing"]
except KeyError as e:
    print("caught KeyError", e, log)


def f(n):
    with atomic:
        if n == 0:
            raise RuntimeError("bottom")
        log.append(n)
        return f(n - 1)


try:
    f(3)
except RuntimeError as e:
    print("caught", e, log)

lines = []


def writer(k):
    for i in range(3):
        with atomic:
            lines.append("%d-%d" % (k, i))


ts = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(lines))
with atomic:
    for k in range(3):
        print("line", k)
print("done")
