"""Four threads increment one counter; `with atomic:` makes each read-modify-write one atomic step.

Run: bin/stmpy examples/atomic_counter.py   (prints 400000 every time)
"""
import sys
import threading

sys.setswitchinterval(0.0001)
counter = 0


def work(n):
    global counter
    for _ in range(n):
        with atomic:
            counter += 1


threads = [threading.Thread(target=work, args=(100_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
