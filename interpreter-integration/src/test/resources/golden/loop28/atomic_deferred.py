# A signal that arrives while the main thread is inside `with atomic:` is not lost: its handler runs (in stmpy at
# the first boundary after the outermost block, as a GIL switch is deferred there; here under CPython, where
# `atomic` is a lock, at once). The loop after the block waits for it.
import signal
import threading

try:
    atomic
except NameError:
    atomic = threading.RLock()

flag = []


def handler(signum, frame):
    flag.append(signum)


signal.signal(signal.SIGALRM, handler)
total = 0
with atomic:
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    for i in range(200000):
        total += i
while not flag:
    pass
print("handler ran once:", flag == [signal.SIGALRM], total)
