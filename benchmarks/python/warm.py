"""Warm-run driver: imports a benchmark program and times its run(n) repeatedly in one process.

usage: warm.py PROGRAM N REPS
Prints the checksum returned by run(n) (identical on every repetition, else it stops with exit 1) and
`median_s=<seconds>`: the median over the last half of the repetitions, after the earlier ones warmed up.
"""
import sys
import time

try:
    clock = time.perf_counter
except AttributeError:
    clock = time.time
# CPU time of this thread: on a shared machine it moves far less with the load than wall time does
cpu_clock = getattr(time, "thread_time", None) or time.process_time


def tail_median(values):
    """The median of the last half of values (the repetitions after warm-up)."""
    tail = sorted(values[len(values) // 2:])
    mid = len(tail) // 2
    return tail[mid] if len(tail) % 2 else (tail[mid - 1] + tail[mid]) / 2


def main(argv):
    if len(argv) != 4:
        sys.stderr.write("usage: warm.py PROGRAM N REPS\n")
        return 2
    name = argv[1][:-3] if argv[1].endswith(".py") else argv[1]
    n = int(argv[2])
    reps = int(argv[3])
    if reps < 1:
        sys.stderr.write("warm.py: REPS must be at least 1\n")
        return 2
    module = __import__(name)
    times = []
    cpus = []
    checksum = None
    for _ in range(reps):
        start = clock()
        cpu_start = cpu_clock()
        result = module.run(n)
        cpus.append(cpu_clock() - cpu_start)
        times.append(clock() - start)
        if checksum is None:
            checksum = result
        elif result != checksum:
            sys.stderr.write("warm.py: checksum changed between runs: %r then %r\n" % (checksum, result))
            return 1
    print(checksum)
    print("min_cpu_s=%.6f" % min(cpus[len(cpus) // 2:]))
    print("median_cpu_s=%.6f" % tail_median(cpus))
    print("median_s=%.6f" % tail_median(times))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
