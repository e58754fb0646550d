# Three threads run s1.update(s2), s2.update(s3), s3.update(s1) at once on 1000-element sets: every update is
# one bytecode, so (as under CPython's GIL) at least one set always ends up holding all 3000 elements.
import threading

ROUNDS = 12
ok = True
sizes = set()
for rnd in range(ROUNDS):
    s1 = set(range(0, 1000))
    s2 = set(range(1000, 2000))
    s3 = set(range(2000, 3000))
    go = threading.Barrier(3)

    def run(a, b):
        go.wait()
        a.update(b)

    ts = [threading.Thread(target=run, args=p) for p in ((s1, s2), (s2, s3), (s3, s1))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if not any(len(s) == 3000 for s in (s1, s2, s3)):
        ok = False
    for s in (s1, s2, s3):
        # each set holds its own 1000, plus whole blocks of 1000 from the others: never a partial update
        sizes.add(len(s) % 1000)
print("a full set in every round:", ok)
print("no partial update seen:", sizes == {0})
