#!/usr/bin/env bash
# Per-thread cost of STM mode on single-threaded programs, before/after a change: whole-process wall time of
# `bin/stmpy --stm` from two checkouts (BASE and NEW, each with its jars built), interleaved, R rounds, medians,
# and the ratio to `bin/stmpy --gil` of NEW; also with -XX:-DontCompileHugeMethods (the dispatch loop's STM
# twin compiled even when it is over HotSpot's 8000-byte limit).
# Usage: scripts/bench-confine.sh BASE_ROOT NEW_ROOT [rounds]    (prints a Markdown table; `uptime` before/after)
set -euo pipefail
BASE="$1"; NEW="$2"; R="${3:-3}"
DIR="$(mktemp -d)"
cat > "$DIR/sumsq.py" <<'PY'
import sys
def f(n):
    s = 0
    for i in range(n):
        s += i * i
    return s
print(f(int(sys.argv[1])))
PY
cat > "$DIR/calls.py" <<'PY'
import sys
def add(a, b):
    return a + b
def fib(n):
    if n < 2:
        return n
    return add(fib(n - 1), fib(n - 2))
print(fib(int(sys.argv[1])))
PY
cp "$NEW/benchmarks/python/nbody.py" "$NEW/benchmarks/python/scheduler.py" "$DIR/"
PROGS=("sumsq.py 200000" "calls.py 19" "nbody.py 3000" "scheduler.py 3000")
echo "uptime before: $(uptime)"
t() { # root mode java_opts prog args -> seconds
  local root="$1" mode="$2" opts="$3"; shift 3
  local s e
  s=$(date +%s.%N)
  JAVA_OPTS="$opts" "$root/bin/stmpy" "--$mode" "$@" > "$DIR/out" 2>&1 || { echo "FAILED: $root $mode $*" >&2; cat "$DIR/out" >&2; }
  e=$(date +%s.%N)
  echo "$e - $s" | bc
}
declare -A T
HUGE=-XX:-DontCompileHugeMethods
for r in $(seq 1 "$R"); do
  for p in "${PROGS[@]}"; do
    # shellcheck disable=SC2086
    T["$p|gil"]+=" $(t "$NEW" gil "" "$DIR"/$p)"
    T["$p|base"]+=" $(t "$BASE" stm "" "$DIR"/$p)"
    T["$p|new"]+=" $(t "$NEW" stm "" "$DIR"/$p)"
    T["$p|baseH"]+=" $(t "$BASE" stm "$HUGE" "$DIR"/$p)"
    T["$p|newH"]+=" $(t "$NEW" stm "$HUGE" "$DIR"/$p)"
  done
done
med() { echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
echo "| program | GIL | STM before | STM after | after/before | STM after / GIL | huge: before | huge: after | huge after/before | huge after / GIL |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for p in "${PROGS[@]}"; do
  g=$(med "${T[$p|gil]}"); b=$(med "${T[$p|base]}"); n=$(med "${T[$p|new]}")
  bh=$(med "${T[$p|baseH]}"); nh=$(med "${T[$p|newH]}")
  printf "| %s | %.2f | %.2f | %.2f | %.2f | %.1f× | %.2f | %.2f | %.2f | %.1f× |\n" "$p" "$g" "$b" "$n" \
    "$(echo "$n / $b" | bc -l)" "$(echo "$n / $g" | bc -l)" "$bh" "$nh" "$(echo "$nh / $bh" | bc -l)" \
    "$(echo "$nh / $g" | bc -l)"
done
echo
for p in "${PROGS[@]}"; do
  echo "raw $p: gil${T[$p|gil]} | base${T[$p|base]} | new${T[$p|new]} | baseH${T[$p|baseH]} | newH${T[$p|newH]}"
done
echo "uptime after: $(uptime)"
rm -rf "$DIR"
