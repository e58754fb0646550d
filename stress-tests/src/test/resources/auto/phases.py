# Auto mode's phases, seen from Python (run by AutoModePhaseTest; every line must print True).
import sys, threading, time, transaction

def commits(name):
    # all transactions of the process so far: the test JVM runs one program at a time, and per-thread statistics
    # do not list every thread of a long-lived process; each phase below has a known set of running threads
    return transaction.stats()["commits"]

TAG = "-%d" % id(object())

def spin(n):
    s = 0
    for i in range(n):
        s = (s + i) & 1023
    return s

N = 200000          # about 1.4 million bytecodes: over a thousand transactions if they ran in STM mode
FEW = 100           # far fewer than that: the thread ran uninstrumented under the GIL


def alone(first_wait):
    # the commits of spin(N) in a thread that should be alone by now; under load the others may take longer to
    # finish or block than the wait before the first try, so a try that saw transactions is repeated (up to five
    # times): a thread that stayed in STM mode while alone fails every try
    time.sleep(first_wait)
    for attempt in range(5):
        c = commits(None)
        spin(N)
        n = commits(None) - c
        if n < FEW:
            return n
        time.sleep(0.5)
    return n

# 1. One thread: no transaction at all.
c0 = commits("MainThread")
spin(N)
print("one thread, no transactions:", commits("MainThread") - c0 == 0)

# 2. The main thread blocked in join() does not count: the worker runs under the GIL after its start.
def worker():
    out["worker"] = alone(0.5)  # the main thread is in join() by now
out = {}
t = threading.Thread(target=worker, name="worker" + TAG)
t.start()
t.join()
print("worker alone while main joins:", out["worker"] < FEW)

# 3. Two threads running bytecode at once switch to STM; the GIL is inert there: a ping-pong of 100 rounds, with a
#    switch interval of one second, would take over 100 s if a thread in STM mode waited for the GIL.
sys.setswitchinterval(1.0)
flags = [0, 0]
def pingpong(me, rounds):
    other = 1 - me
    for k in range(1, rounds + 1):
        flags[me] = k
        while flags[other] < k:
            pass
def left(me, rounds):
    pingpong(me, rounds)
    # 4. back to the GIL when alone: the other thread finishes (waited for: a join is a blocked call too) and the
    #    main thread waits in join() meanwhile
    peer[0].join()
    out["left"] = alone(0.5)
def right(me, rounds):
    c = commits("right" + TAG)
    pingpong(me, rounds)
    out["pingpong"] = commits("right" + TAG) - c
    flags[me] = rounds + 1
a = threading.Thread(target=left, args=(0, 100), name="left" + TAG)
b = threading.Thread(target=right, args=(1, 100), name="right" + TAG)
peer = [b]
t0 = time.time()
a.start(); b.start()
b.join(); a.join()
print("ping-pong in STM mode:", out["pingpong"] > 0)
print("left alone again, uninstrumented:", out["left"] < FEW)

# 5. A thread asleep (a GIL-released call) does not count either: the other runs uninstrumented meanwhile.
ran = threading.Event()
def sleeper():
    flags[0] = 0
    while not ran.is_set():     # asleep until the runner is done (a few bytecodes a second when awake)
        time.sleep(3)
def runner():
    while flags[0] != 0:
        pass
    out["runner"] = alone(0.2)  # the sleeper is asleep by now (and this thread was away too)
    ran.set()
flags[0] = 1
s = threading.Thread(target=sleeper, name="sleeper" + TAG)
r = threading.Thread(target=runner, name="runner" + TAG)
s.start(); r.start()
r.join(); s.join()
print("runner alone while the other sleeps:", out["runner"] < FEW)
