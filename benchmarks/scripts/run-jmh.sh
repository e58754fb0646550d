#!/usr/bin/env bash
# Builds the JMH uber-jar and runs every engine benchmark, every implementation side by side, in ROUNDS rounds
# (the whole set once per round), then prints the medians table pooled over the rounds and the target ratios.
# Rounds spread the load episodes of a shared machine over all implementations instead of hitting only the
# trial that happened to run during one.
#
#   benchmarks/scripts/run-jmh.sh                 # the run recorded in papers/results/engine-bench.md
#   benchmarks/scripts/run-jmh.sh CounterBench    # extra arguments go to JMH (a filter, -p impl=stmj,multiverse)
#
# Environment: ROUNDS (default 3); JMH_OPTS, the per-round JMH configuration (default: 1 fork, 4 x 1 s warm-up,
# 4 x 0.5 s measured); OUT, the result file prefix (default benchmarks/target/jmh/engine-bench, giving
# engine-bench-r1.json, engine-bench-r2.json, ...).
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 4 -w 1s -i 4 -r 500ms"}
OUT=${OUT:-benchmarks/target/jmh/engine-bench}
mkdir -p "$(dirname "$OUT")"

mvn -B -q -o -pl benchmarks -am -Pbench package -DskipTests
files=()
for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round of $ROUNDS"
    # shellcheck disable=SC2086
    java -jar benchmarks/target/benchmarks.jar $JMH_OPTS -rf json -rff "$OUT-r$round.json" "$@"
    files+=("$OUT-r$round.json")
done
python3 benchmarks/scripts/jmh_medians.py "${files[@]}"
