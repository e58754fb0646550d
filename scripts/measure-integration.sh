#!/usr/bin/env bash
# Wall time of Python programs under bin/stmpy in GIL and STM mode: median of RUNS runs each.
# Usage: scripts/measure-integration.sh [RUNS]   (default 3). Prints one markdown table row per case.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {  # mode label args...
  local mode=$1 label=$2; shift 2
  local times=() out
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    out=$("$ROOT/bin/stmpy" "--$mode" "$@" 2>&1 | tail -1)
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc)")
  done
  printf '| %s | %s | %.2f | %s | %s |\n' "$label" "$mode" "$(printf '%s\n' "${times[@]}" | median)" \
    "$(printf '%.1f ' "${times[@]}")" "$out"
}
echo "| program | mode | median s | runs s | output |"
echo "| --- | --- | --- | --- | --- |"
for mode in gil stm; do
  measure "$mode" "threads_sumsq 20000 x1 thread" "$ROOT/benchmarks/python/threads_sumsq.py" 20000 1
  measure "$mode" "threads_sumsq 20000 x2 threads" "$ROOT/benchmarks/python/threads_sumsq.py" 20000 2
done
for mode in gil stm; do
  measure "$mode" "examples/atomic_counter.py (4 threads)" "$ROOT/examples/atomic_counter.py"
done
