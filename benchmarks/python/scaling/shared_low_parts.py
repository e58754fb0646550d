"""The parts of shared_low.py's loop body, one kernel each, timed by thread CPU (type27, issue 8).

usage: shared_low_parts.py N [KERNELS] [REPS]
KERNELS: comma-separated names (default: all). Each repetition runs every kernel once, N iterations, in a new
thread (as the harness's workers run), and prints per kernel the thread CPU seconds of each repetition. Run it with
--gil and --stm and subtract kernels: k_append - k_loop is the append (call and body), k_len2 - k_len one built-in
method call, (k_dict - k_loop) * 8 one dict insertion, k_lenf2 - k_lenf one LOAD_GLOBAL + call of a built-in.
"""
import sys, threading, time

def k_loop(st, n):
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            pass

def k_append(st, n):
    mine = []
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            pass
        mine.append(i & 7)

def k_dict(st, n):
    d = {}
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            d[k] = i

def k_set(st, n):
    s = set()
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            s.add(k)

def k_full(st, n):
    d = {}
    s = set()
    mine = []
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            d[k] = i
            s.add(k)
        mine.append(i & 7)

def k_len(st, n):
    mine = [1, 2]
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            pass
        mine.__len__()

def k_sm(st, n):
    mine = "ab"
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            pass
        mine.isdigit()

def k_lenf(st, n):
    mine = [1, 2]
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            pass
        len(mine)

def k_lenf2(st, n):
    mine = [1, 2]
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            pass
        len(mine)
        len(mine)

def k_len2(st, n):
    mine = [1, 2]
    base = 0
    for i in range(n):
        k = base + i
        if i % 8 == 0:
            pass
        mine.__len__()
        mine.__len__()

KS = [k_loop, k_append, k_dict, k_set, k_full, k_len, k_sm, k_lenf, k_lenf2, k_len2]
sel = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] else None
n = int(sys.argv[1])
reps = int(sys.argv[3]) if len(sys.argv) > 3 else 5
res = {k.__name__: [] for k in KS}
for r in range(reps):
    for k in KS:
        if sel and k.__name__ not in sel:
            continue
        out = [0.0]
        def w():
            c0 = time.thread_time()
            k(None, n)
            out[0] = time.thread_time() - c0
        t = threading.Thread(target=w); t.start(); t.join()
        res[k.__name__].append(out[0])
for k, v in res.items():
    if v:
        print(k, " ".join("%.3f" % x for x in v))
