# A SIGALRM handler (signal.setitimer) runs in a main thread that computes without blocking: CPython runs it at the
# next bytecode (the eval breaker); the handler sets a flag the busy loop tests, so the loop ends.
import signal

flag = []


def handler(signum, frame):
    flag.append(signum)


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
while not flag:
    n += 1
print("loop ended by the handler:", flag == [signal.SIGALRM], n > 0)


# the same in a function's loop, with signal.alarm (whole seconds)
def spin(done):
    k = 0
    while not done:
        k = (k + 1) % 1000
    return len(done)


flag.clear()
signal.alarm(1)
print("alarm in a function's loop:", spin(flag))
print(signal.getitimer(signal.ITIMER_REAL))
