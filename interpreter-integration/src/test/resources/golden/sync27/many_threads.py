# Many short threads (200, started in waves), a deep recursion in a thread with threading.stack_size, a
# RecursionError inside a thread caught there, and thread counts returning to one.
import threading, sys

results = [None] * 200


def w(i):
    results[i] = sum(range(i))


for wave in range(4):
    ts = [threading.Thread(target=w, args=(wave * 50 + i,)) for i in range(50)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("results:", results == [sum(range(i)) for i in range(200)], threading.active_count())

old = threading.stack_size()
print("default stack_size:", old)
try:
    threading.stack_size(1024)
except ValueError as e:
    print("ValueError:", e)
print("set returns the old size:", threading.stack_size(40000), threading.stack_size(), threading.stack_size(0))
try:
    threading.stack_size(-1)
except ValueError as e:
    print("ValueError:", e)
threading.stack_size(64 * 1024 * 1024)
depth = []


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


def deep():
    depth.append(rec(800))
    try:
        rec(100000)
    except RecursionError as e:
        depth.append("RecursionError: " + str(e))


t = threading.Thread(target=deep)
t.start()
t.join()
print("64 MiB:", threading.stack_size(0))
print(depth)
print("back to one thread:", threading.active_count())
