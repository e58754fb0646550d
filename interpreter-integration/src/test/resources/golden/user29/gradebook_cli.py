"""Gradebook CLI: reads CSV rows from stdin, argparse options, a formatted report, exit codes."""
import argparse
import csv
import statistics
import sys
from collections import defaultdict

sys.argv = ["gradebook", "--weights", "hw=0.3,exam=0.7", "--top", "3", "--curve", "2.5", "report"]


def parse_weights(text):
    weights = {}
    for part in text.split(","):
        name, _, value = part.partition("=")
        try:
            weights[name.strip()] = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"bad weight {part!r}")
    if abs(sum(weights.values()) - 1) > 1e-9:
        raise argparse.ArgumentTypeError("weights must sum to 1")
    return weights


def build_parser():
    p = argparse.ArgumentParser(prog="gradebook", description="Summarise grades read from stdin.")
    p.add_argument("--weights", type=parse_weights, required=True, help="name=weight,...")
    p.add_argument("--top", type=int, default=5, metavar="N")
    p.add_argument("--curve", type=float, default=0.0)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("command", choices=["report", "letters", "stats"])
    return p


def letter(score):
    for cut, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cut:
            return grade
    return "F"


args = build_parser().parse_args()
rows = list(csv.DictReader(sys.stdin))
scores = defaultdict(dict)
for row in rows:
    scores[row["student"]][row["kind"]] = float(row["score"])
final = {}
for student, parts in scores.items():
    missing = sorted(set(args.weights) - set(parts))
    if missing:
        print(f"warning: {student} has no {', '.join(missing)}", file=sys.stderr)
    final[student] = min(100.0, sum(parts.get(k, 0) * w for k, w in args.weights.items()) + args.curve)

print(f"{'Student':<10}|{'Final':>7} | Grade")
print("-" * 10 + "+" + "-" * 8 + "+" + "-" * 6)
ranked = sorted(final.items(), key=lambda kv: (-kv[1], kv[0]))
for name, sc in ranked:
    print(f"{name:<10}|{sc:>7.2f} | {letter(sc):^5}")
print()
vals = list(final.values())
print(f"mean={statistics.mean(vals):.2f} median={statistics.median(vals):.2f} "
      f"stdev={statistics.stdev(vals):.2f}")
print("top:", ", ".join(f"{n} ({s:.1f})" for n, s in ranked[:args.top]))
dist = defaultdict(int)
for sc in vals:
    dist[letter(sc)] += 1
for g in "ABCDF":
    print(f"{g}: {'*' * dist[g]:<6} {dist[g]}")
out = csv.writer(sys.stdout, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
out.writerow(["student", "final", "grade"])
for name, sc in ranked[:2]:
    out.writerow([name, round(sc, 2), letter(sc)])

for argv in (["--weights", "hw=0.5", "report"], ["--weights", "hw=x", "report"],
             ["--weights", "hw=1", "grade"], ["--weights", "hw=1", "--top", "two", "stats"]):
    try:
        build_parser().parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
build_parser().print_usage()
build_parser().parse_args(["--help"])
