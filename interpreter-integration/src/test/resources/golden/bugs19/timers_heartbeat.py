"""Timers (chained, cancelled), a daemon heartbeat stopped by an Event, a watchdog with Condition timeouts,
and joins with timeouts."""
import threading
import time

events = []
lock = threading.Lock()


def note(x):
    with lock:
        events.append(x)


# a chain of timers, each starting the next
done = threading.Event()


def step(n):
    note('step%d' % n)
    if n < 4:
        threading.Timer(0.005, step, args=(n + 1,)).start()
    else:
        done.set()


threading.Timer(0.005, step, args=(1,)).start()
print('chain done', done.wait(30), events)
t = threading.Timer(60, note, args=('never',))
t.start()
t.cancel()
t.join(30)
print('cancelled timer', t.is_alive(), 'never' in events, t.finished.is_set())
kw = threading.Timer(0.001, lambda **k: note(sorted(k.items())), kwargs={'a': 1, 'b': 2})
kw.start()
kw.join()
print('kwargs', events[-1])

# heartbeat: a daemon thread beating until told to stop
stop = threading.Event()
beats = []


def heartbeat():
    while not stop.wait(0.002):
        beats.append(1)
    beats.append('stopped')


hb = threading.Thread(target=heartbeat, daemon=True)
hb.start()
while len(beats) < 3:
    time.sleep(0.002)
stop.set()
hb.join(30)
print('heartbeat', beats[-1], len(beats) >= 4, hb.is_alive())

# a watchdog: waits for progress with a timeout on a Condition
cond = threading.Condition()
progress = [0]
timeouts = [0]


def watchdog():
    last = -1
    while True:
        with cond:
            got = cond.wait_for(lambda: progress[0] != last, timeout=0.005)
            if not got:
                timeouts[0] += 1
                continue
            last = progress[0]
            if last >= 5:
                return


w = threading.Thread(target=watchdog)
w.start()
for i in range(1, 6):
    time.sleep(0.001)
    with cond:
        progress[0] = i
        cond.notify()
w.join(30)
print('watchdog finished', not w.is_alive(), progress[0])

# join with a timeout on a thread that outlives it
gate = threading.Event()
slow = threading.Thread(target=gate.wait, args=(30,))
slow.start()
t0 = time.monotonic()
slow.join(0.01)
print('timed join', slow.is_alive(), time.monotonic() - t0 >= 0.009)
gate.set()
slow.join()
print('joined', slow.is_alive())
print('monotonic increases', time.monotonic() > t0, time.perf_counter() > 0)
