# A cache entry filled by a transaction that aborts must not be used for another layout later. Each round deletes
# and re-adds the class attribute `common` around another attribute, in an order drawn from id() of a new object
# (so a transaction that aborts and runs again may choose the other order), reads `common` through a LOAD_ATTR site
# whose entry remembers (class, version, position), and writes a counter both threads share (read at the start of
# the round). In stmpy, _transaction.hint_commit_soon() ends the transaction at the start of every round, so one
# transaction is one round, and in STM mode the two threads' rounds conflict on the shared counter after the read:
# the loser aborts and runs the round again (CPython has no such module: there the hint is a no-op). If versions
# were per-object counters rolled back with the transaction, the aborted round's entry would name the version number
# that the rerun reaches with `common` at the other position, and the rerun's read would return the other
# attribute's value (checked: with that mutation, about 12 wrong reads in 4000 rounds). Each thread has its own
# class, and each round its own code object.
import threading

try:
    from _transaction import hint_commit_soon
except ImportError:
    def hint_commit_soon():
        pass

shared = [0]  # bumped without a lock: only there to make the threads' rounds conflict (its total is racy)


def readers(n):
    """n functions with their own code objects (so their own cache slots): a site whose class changes at every
    use stops caching after 16 fills, so each round reads through a fresh one."""
    out = []
    for _ in range(n):
        ns = {}
        exec("def read_common(o):\n    return o.common\n", ns)
        out.append(ns["read_common"])
    return out


def worker(tid, fns, wrong):
    class K:
        common = "C"

    o = K()
    for i, read_common in enumerate(fns):
        hint_commit_soon()
        seen = shared[0]
        del K.common
        if (id(object()) >> 4) & 1:
            K.other = i
            K.common = "C"
        else:
            K.common = "C"
            K.other = i
        v = read_common(o)
        if v != "C":
            wrong.append((tid, i, v))
        del K.other
        shared[0] = seen + 1


wrong = []
ts = [threading.Thread(target=worker, args=(t, readers(2000), wrong)) for t in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("wrong reads:", len(wrong), wrong[:3])
