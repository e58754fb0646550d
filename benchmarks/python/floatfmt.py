"""Float to text, as reports and data files do it: repr/str of computed floats (most need 16-17 digits),
'%.3f', '%g', '%e' and f-string formats, summing the lengths so that nothing is optimised away."""
import sys


def run(n):
    total = 0
    x = 0.0
    for i in range(n):
        x += 0.1
        y = i / 7
        total += len(repr(x)) + len(str(y))
        total += len("%.3f %g" % (y, x * 1.5))
        total += len(f"{y:.4f} {x:10.2f} {y:e}")
    return "%d" % total


if __name__ == "__main__":
    print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 300000))
