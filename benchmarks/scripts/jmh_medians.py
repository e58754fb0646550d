#!/usr/bin/env python3
"""Medians table and target ratios from a JMH JSON result file (-rf json).

JMH reports the mean of the measured iterations with an error bar; on a shared, noisy machine the median of the
per-iteration scores is the steadier figure, so this prints both, then the ratios the engine targets refer to.

    python3 benchmarks/scripts/jmh_medians.py benchmarks/target/jmh/engine-bench.json
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


def load(path):
    with open(path) as f:
        runs = json.load(f)
    rows = {}
    for run in runs:
        bench = ".".join(run["benchmark"].split(".")[-2:])
        impl = run.get("params", {}).get("impl", "-")
        metric = run["primaryMetric"]
        iterations = [v for fork in metric["rawData"] for v in fork]
        rows[(bench, impl)] = {
            "threads": run["threads"],
            "mode": run["mode"],
            "unit": metric["scoreUnit"],
            "median": statistics.median(iterations),
            "mean": metric["score"],
            "error": metric["scoreError"],
            "n": len(iterations),
        }
    return rows


def fmt(x):
    if isinstance(x, str) or x != x:  # "NaN" from JMH, or a float NaN
        return "n/a"
    return f"{x:,.1f}" if x < 1000 else f"{x:,.0f}"


def main(paths):
    rows = {}
    for path in paths:
        rows.update(load(path))
    benches = sorted({b for b, _ in rows}, key=lambda b: (b.split(".")[0], b))
    print("| benchmark | impl | threads | median | mean ± error | unit | iterations |")
    print("| --- | --- | ---: | ---: | ---: | --- | ---: |")
    for bench in benches:
        impls = sorted({i for b, i in rows if b == bench},
                       key=lambda i: IMPL_ORDER.index(i) if i in IMPL_ORDER else len(IMPL_ORDER))
        for impl in impls:
            r = rows[(bench, impl)]
            print(f"| {bench} | {impl} | {r['threads']} | {fmt(r['median'])} | "
                  f"{fmt(r['mean'])} ± {fmt(r['error'])} | {r['unit']} | {r['n']} |")
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
