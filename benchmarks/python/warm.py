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
    checksum = None
    for _ in range(reps):
        start = clock()
        result = module.run(n)
        times.append(clock() - start)
        if checksum is None:
            checksum = result
        elif result != checksum:
            sys.stderr.write("warm.py: checksum changed between runs: %r then %r\n" % (checksum, result))
            return 1
    tail = sorted(times[len(times) // 2:])
    mid = len(tail) // 2
    median = tail[mid] if len(tail) % 2 else (tail[mid - 1] + tail[mid]) / 2
    print(checksum)
    print("median_s=%.6f" % median)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
