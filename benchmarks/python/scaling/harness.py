"""Runs a threaded workload and prints its timings; used by every program in this directory.

usage: prog.py NTHREADS SIZE [REPS]
Each repetition: setup(nthreads, size) builds the shared state, then NTHREADS threads run work(state, tid,
nthreads, size) and are joined. The threads start their work together: each waits at a barrier first, and the
clock starts when the last one arrives (a thread started first does not run alone while the others are being
created). The time from that moment to the last join() is printed as "time <seconds>", then "cpu <seconds>"
(the CPU time the worker threads used, summed: per-thread cost on a loaded machine, where wall time also
measures the other processes), then "pcpu <seconds>" (the CPU time of the whole process over the same
interval: the workers plus the JIT compilers, GC and the runtime's own threads; pcpu - cpu well above zero
means the JIT was still compiling, so the repetition is not steady state), then "threads" with, per worker, when
it started and ended its work after the clock started and the CPU it used ("<start>/<end>/<cpu>" in seconds: a late
start or an early end against the others shows time the repetition lost to waking, scheduling or imbalance rather
than to the work), then "check <value>" (check(state) must not depend on timing).
"""
import sys
import threading
import time


def run(setup, work, check):
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    cpu = [0.0] * nthreads
    span = [(0.0, 0.0)] * nthreads
    t0 = [0.0, 0.0]

    def go():
        t0[0] = time.perf_counter()
        t0[1] = time.process_time()

    def timed(state, t, barrier):
        barrier.wait()
        s0 = time.perf_counter()
        c0 = time.thread_time()
        work(state, t, nthreads, size)
        cpu[t] = time.thread_time() - c0
        span[t] = (s0, time.perf_counter())

    for _ in range(reps):
        state = setup(nthreads, size)
        # the action runs in the last thread to arrive, before any thread is released
        barrier = threading.Barrier(nthreads, action=go)
        threads = [threading.Thread(target=timed, args=(state, t, barrier)) for t in range(nthreads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        t1 = time.perf_counter()
        p1 = time.process_time()
        print("time %.6f" % (t1 - t0[0]))
        print("cpu %.6f" % sum(cpu))
        print("pcpu %.6f" % (p1 - t0[1]))
        print("threads " + " ".join("%.4f/%.4f/%.4f" % (span[i][0] - t0[0], span[i][1] - t0[0], cpu[i])
                                    for i in range(nthreads)))
        print("check %s" % (check(state),))
