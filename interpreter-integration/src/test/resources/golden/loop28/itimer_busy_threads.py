# SIGALRM handlers run in the main thread's busy loop while a worker thread computes too (under the GIL the
# worker may be the one at a boundary when the signal comes; in stmpy's auto mode both run as transactions).
import signal
import threading

flag = []
result = []


def handler(signum, frame):
    flag.append(threading.current_thread() is threading.main_thread())


def work():
    s = 0
    for i in range(300000):
        s += i % 7
    result.append(s)


t = threading.Thread(target=work)
t.start()
signal.signal(signal.SIGALRM, handler)
for round_ in range(3):
    signal.setitimer(signal.ITIMER_REAL, 0.02)
    n = 0
    while len(flag) == round_:
        n += 1
t.join()
print("handlers ran in the main thread:", flag)
print("worker result:", result)
