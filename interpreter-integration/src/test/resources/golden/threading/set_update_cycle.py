import threading
ok = True
for trial in range(30):
    s1, s2, s3 = {1}, {2}, {3}
    barrier_go = threading.Event()
    def a(): barrier_go.wait(); s1.update(s2)
    def b(): barrier_go.wait(); s2.update(s3)
    def c(): barrier_go.wait(); s3.update(s1)
    ts = [threading.Thread(target=f) for f in (a, b, c)]
    for t in ts: t.start()
    barrier_go.set()
    for t in ts: t.join()
    full = {1, 2, 3}
    if not (s1 == full or s2 == full or s3 == full):
        ok = False
print("some set == {1, 2, 3} in every trial:", ok)
