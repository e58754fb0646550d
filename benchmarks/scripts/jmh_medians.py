#!/usr/bin/env python3
"""Medians table and target ratios from a JMH JSON result file (-rf json).

JMH reports the mean of the measured iterations with an error bar; on a shared, noisy machine the median of the
per-iteration scores is the steadier figure. Given several files (the rounds of one run-jmh.sh run), it pools
every measured iteration of a benchmark and implementation, prints the median and the interquartile range, then
the ratios of medians that the engine's targets refer to.

    python3 benchmarks/scripts/jmh_medians.py benchmarks/target/jmh/engine-bench-r*.json
"""
import json
import statistics
import sys

IMPL_ORDER = ["stmj", "stmj-barriers", "multiverse", "scalastm", "synchronized", "lock", "atomic"]

# (label, benchmark method, numerator impl, denominator (benchmark method, impl), comparison, bound)
TARGETS = [
    ("tiny increment: stmj / Multiverse (ns/op)", "CounterBench.increment", "stmj",
     ("CounterBench.increment", "multiverse"), "<=", 0.6),
    ("16 reads + 1 write: stmj / ScalaSTM (ns/op)", "CellsBench.reads16write1", "stmj",
     ("CellsBench.reads16write1", "scalastm"), "<=", 0.5),
    ("16 reads read-only: stmj / ScalaSTM (ns/op)", "CellsBench.reads16readOnly", "stmj",
     ("CellsBench.reads16readOnly", "scalastm"), "<=", 0.5),
    ("bank: stmj 2 threads / stmj 1 thread (ops/ms)", "BankBench.transfer2t", "stmj",
     ("BankBench.transfer1t", "stmj"), ">=", 1.6),
]

INFO_RATIOS = [
    ("list set: 2 threads / 1 thread (ops/ms)", "ListSetBench.ops2t", "ListSetBench.ops1t"),
    ("bank: 2 threads / 1 thread (ops/ms)", "BankBench.transfer2t", "BankBench.transfer1t"),
]


def load(paths):
    """Per (benchmark, impl): every measured iteration of every file (one file per round of run-jmh.sh)."""
    rows = {}
    for path in paths:
        with open(path) as f:
            runs = json.load(f)
        for run in runs:
            bench = ".".join(run["benchmark"].split(".")[-2:])
            impl = run.get("params", {}).get("impl", "-")
            metric = run["primaryMetric"]
            row = rows.setdefault((bench, impl), {
                "threads": run["threads"], "mode": run["mode"], "unit": metric["scoreUnit"], "iterations": []})
            row["iterations"].extend(v for fork in metric["rawData"] for v in fork)
    for row in rows.values():
        its = sorted(row["iterations"])
        row["median"] = statistics.median(its)
        row["q1"], row["q3"] = quartiles(its)
        row["n"] = len(its)
    return rows


def quartiles(values):
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def fmt(x):
    return f"{x:,.1f}" if x < 1000 else f"{x:,.0f}"


def main(paths):
    rows = load(paths)
    benches = sorted({b for b, _ in rows}, key=lambda b: (b.split(".")[0], b))
    print("| benchmark | impl | threads | median | interquartile range | unit | iterations |")
    print("| --- | --- | ---: | ---: | ---: | --- | ---: |")
    for bench in benches:
        impls = sorted({i for b, i in rows if b == bench},
                       key=lambda i: IMPL_ORDER.index(i) if i in IMPL_ORDER else len(IMPL_ORDER))
        for impl in impls:
            r = rows[(bench, impl)]
            print(f"| {bench} | {impl} | {r['threads']} | {fmt(r['median'])} | "
                  f"{fmt(r['q1'])} to {fmt(r['q3'])} | {r['unit']} | {r['n']} |")
    print()
    print("| target | ratio of medians | bound | met |")
    print("| --- | ---: | ---: | --- |")
    for label, bench, impl, (dbench, dimpl), op, bound in TARGETS:
        # the target itself (Java API), then the same ratio for the transformed-code path (diagnostic)
        for variant, suffix in (("stmj", ""), ("stmj-barriers", " [stmj-barriers, diagnostic]")):
            num = rows.get((bench, variant))
            den = rows.get((dbench, variant if dimpl == "stmj" else dimpl))
            if num is None or den is None:
                if variant == "stmj":
                    print(f"| {label} | missing | {op} {bound} | no (not measured) |")
                continue
            ratio = num["median"] / den["median"]
            met = ratio <= bound if op == "<=" else ratio >= bound
            print(f"| {label}{suffix} | {ratio:.2f} | {op} {bound} | {'yes' if met else 'no'} |")
    print()
    print("| scaling (informative) | impl | 2t / 1t |")
    print("| --- | --- | ---: |")
    for label, two, one in INFO_RATIOS:
        for impl in IMPL_ORDER:
            if (two, impl) in rows and (one, impl) in rows:
                print(f"| {label} | {impl} | {rows[(two, impl)]['median'] / rows[(one, impl)]['median']:.2f} |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: jmh_medians.py RESULT.json [MORE.json ...]")
    main(sys.argv[1:])
