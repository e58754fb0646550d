"""String formatting in a loop: `"%d %d" % (i, i)` with a constant format string (issue 10's seed benchmark),
plus an f-string and str.join, summing the lengths so that nothing is optimised away."""
import sys


def run(n):
    total = 0
    for i in range(n):
        s = "%d %d" % (i, i)
        total += len(s)
    for i in range(n // 4):
        total += len(f"{i}:{i * 2}")
    return "%d" % total


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3000000))
