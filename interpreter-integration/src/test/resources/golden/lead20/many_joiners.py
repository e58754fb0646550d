# Several threads join the same thread at once (and poll is_alive meanwhile): every join returns once the thread
# has ended, none raises, and the thread reads as stopped everywhere afterwards.
import threading
import time

def work(box, delay):
    time.sleep(delay)
    box.append(sum(range(1000)))

def joiner(t, results, k):
    t.join()
    results[k] = (t.is_alive(), t._is_stopped)

def poller(t, results, k):
    while t.is_alive():
        time.sleep(0.001)
    results[k] = (t.is_alive(), t._is_stopped)

failures = 0
for rnd in range(25):
    box = []
    t = threading.Thread(target=work, args=(box, 0.005 * (rnd % 3)))
    t.start()
    results = [None] * 6
    others = [threading.Thread(target=joiner, args=(t, results, k)) for k in range(4)]
    others += [threading.Thread(target=poller, args=(t, results, k)) for k in range(4, 6)]
    for o in others:
        o.start()
    t.join(timeout=5)
    for o in others:
        o.join()
    if box != [499500] or results != [(False, True)] * 6 or t.is_alive():
        failures += 1
        print("round", rnd, box, results)
print("rounds with a failure:", failures)

# a join with a timeout on a thread that outlives it, then joins that see the end
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t.join(timeout=0.01)
print("alive after a timed-out join:", t.is_alive())
seen = []
js = [threading.Thread(target=lambda: (t.join(), seen.append(t.is_alive()))) for _ in range(3)]
for j in js:
    j.start()
ev.set()
for j in js:
    j.join()
t.join()
print("joiners saw it alive:", seen)
print("main sees it alive:", t.is_alive())
