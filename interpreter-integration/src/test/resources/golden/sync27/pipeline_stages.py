# A three-stage pipeline over queues (parse -> square -> collect) with a pool per stage and sentinels passed on,
# results reassembled in input order; an error item travels as a value and is reported at the end.
import threading, queue

src = ["%d" % i for i in range(60)] + ["oops"] + ["%d" % i for i in range(60, 80)]
q1, q2, q3 = queue.Queue(), queue.Queue(8), queue.Queue()
N1, N2 = 3, 2


def parse():
    while True:
        item = q1.get()
        if item is None:
            return
        idx, text = item
        try:
            q2.put((idx, int(text)))
        except ValueError as e:
            q2.put((idx, e))


def square():
    while True:
        item = q2.get()
        if item is None:
            q3.put(None)
            return
        idx, v = item
        q3.put((idx, v if isinstance(v, Exception) else v * v))


s1 = [threading.Thread(target=parse, name="parse-%d" % i) for i in range(N1)]
s2 = [threading.Thread(target=square, name="square-%d" % i) for i in range(N2)]
for t in s1 + s2:
    t.start()
for item in enumerate(src):
    q1.put(item)
for _ in s1:
    q1.put(None)
for t in s1:
    t.join()
# the parse stage is done: one sentinel per square thread
for _ in s2:
    q2.put(None)
results = {}
stops = 0
while stops < N2:
    item = q3.get()
    if item is None:
        stops += 1
        continue
    results[item[0]] = item[1]
for t in s2:
    t.join()
left = []
while not q2.empty():
    left.append(q2.get())
print("results:", len(results), "left in q2:", left)
errs = [(i, type(v).__name__, str(v)) for i, v in sorted(results.items()) if isinstance(v, Exception)]
print("errors:", errs)
vals = [v for i, v in sorted(results.items()) if not isinstance(v, Exception)]
print("values ok:", vals == [i * i for i in range(80)])
