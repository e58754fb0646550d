# A thread that sleep-polls another (run by AutoModeTailTest). First the two threads spin on each other's flag,
# which switches both to transactions (the main thread included); then the worker computes while the main thread
# polls it with 5 ms sleeps: 30 polls to let the worker go back to GIL execution, then the ones counted, after which
# it tells the worker to stop. Prints the counted polls, the transactions committed during them, and whether the
# worker computed.
import sys, threading, time, transaction

def commits():
    return transaction.stats()["commits"]

counted = int(sys.argv[1]) if len(sys.argv) > 1 else 100
flags = [0, 0]
stop = [False]

def pingpong(me, rounds):
    other = 1 - me
    for k in range(1, rounds + 1):
        flags[me] = k
        while flags[other] < k:
            pass

out = []

def worker():
    pingpong(1, 50)
    s = 0
    i = 0
    while not stop[0]:
        s = (s + i) & 1023
        i += 1
    out.append(i)

t = threading.Thread(target=worker)
t.start()
pingpong(0, 50)
for _ in range(30):
    time.sleep(0.005)
c0 = commits()
for _ in range(counted):
    time.sleep(0.005)
c1 = commits()
stop[0] = True
t.join()
print("polls", counted)
print("commits", c1 - c0)
print("worker computed:", out[0] > 0)
