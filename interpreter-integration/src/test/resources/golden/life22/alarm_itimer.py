# signal.alarm / setitimer(ITIMER_REAL) deliver SIGALRM to the main thread's Python handler; time.sleep is
# interrupted (the handler runs) and goes on for the time left (PEP 475) unless the handler raises
import signal
import time

calls = []


def handler(signum, frame):
    calls.append(signum)


print(signal.getitimer(signal.ITIMER_REAL))
print(signal.signal(signal.SIGALRM, handler) == signal.SIG_DFL)
print(signal.alarm(0))

# the handler runs during the sleep, the sleep then goes on to its end
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
elapsed = time.monotonic() - t0
print("handled", calls, "slept fully", elapsed >= 0.29)
print(signal.getitimer(signal.ITIMER_REAL))


# a handler that raises ends the sleep early
class Timeout(Exception):
    pass


def raiser(signum, frame):
    raise Timeout("timed out")


signal.signal(signal.SIGALRM, raiser)
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except Timeout as e:
    print("caught", e, "early", time.monotonic() - t0 < 2)

# alarm returns what was left of the previous one; 0 cancels it
print(signal.alarm(10))
left = signal.alarm(0)
print(left in (9, 10))
print(signal.getitimer(signal.ITIMER_REAL))

# a periodic timer fires repeatedly until cancelled
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
old = signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
print(old)
while len(ticks) < 3:
    time.sleep(0.01)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print("ticks", len(ticks) >= 3, 0 < delay <= 0.02, interval)

# signal.pause returns after the handler ran
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append("paused"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print(got)

# pthread_kill of the main thread runs its handler
import threading
signal.signal(signal.SIGUSR1, lambda s, f: print("usr1", s == signal.SIGUSR1))
signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
print("after pthread_kill")

# SIG_IGN: the alarm is dropped
signal.signal(signal.SIGALRM, signal.SIG_IGN)
signal.setitimer(signal.ITIMER_REAL, 0.02)
time.sleep(0.1)
print("ignored")

# errors
for bad in (lambda: signal.alarm(1.5), lambda: signal.setitimer(signal.ITIMER_REAL, "x"),
            lambda: signal.getitimer(99)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(signal.setitimer(signal.ITIMER_VIRTUAL, 0))
