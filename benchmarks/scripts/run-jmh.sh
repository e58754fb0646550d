#!/usr/bin/env bash
# Builds the JMH uber-jar and runs every engine benchmark once, side by side, then prints the medians table.
#
#   benchmarks/scripts/run-jmh.sh                 # the consolidated run recorded in papers/results/engine-bench.md
#   benchmarks/scripts/run-jmh.sh CounterBench    # any extra arguments go to JMH (a filter, -p impl=stmj, ...)
#
# Environment: JMH_OPTS overrides the run configuration (default: 1 fork, 3 x 1 s warm-up, 5 x 1 s measured);
# OUT names the JSON result file (default: benchmarks/target/jmh/engine-bench.json).
set -euo pipefail
cd "$(dirname "$0")/../.."

JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 1s -i 5 -r 1s"}
OUT=${OUT:-benchmarks/target/jmh/engine-bench.json}
mkdir -p "$(dirname "$OUT")"

mvn -B -q -o -pl benchmarks -am -Pbench package -DskipTests
# shellcheck disable=SC2086
java -jar benchmarks/target/benchmarks.jar $JMH_OPTS -rf json -rff "$OUT" "$@"
python3 benchmarks/scripts/jmh_medians.py "$OUT"
