#!/usr/bin/env bash
# Per-thread cost of STM mode on single-threaded programs, before/after a change: whole-process wall time of
# `bin/stmpy --stm` from two checkouts (BASE and NEW, each with its jars built), interleaved, R rounds, medians,
# and the ratio to `bin/stmpy --gil` of NEW; also with -XX:-DontCompileHugeMethods (the dispatch loop's STM
# twin compiled even when it is over HotSpot's 8000-byte limit).
# Each cell is the median wall time and, in parentheses, the median CPU time (user + system, all threads of the
# JVM: interpreter, JIT compilers, GC), which a loaded machine disturbs less than wall time.
# BENCH_PROGS="prog.py n,..." picks programs and sizes; BENCH_HUGE_ONLY=1 runs only the compiled-loop variant.
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
if [[ -n "${BENCH_PROGS:-}" ]]; then IFS=, read -r -a PROGS <<< "$BENCH_PROGS"; else PROGS=("sumsq.py 200000" "calls.py 19" "nbody.py 3000" "scheduler.py 3000"); fi
echo "uptime before: $(uptime)"
t() { # root mode java_opts prog args -> "wall/cpu" seconds
  local root="$1" mode="$2" opts="$3"; shift 3
  JAVA_OPTS="$opts" /usr/bin/time -f "%e %U %S" -o "$DIR/time" "$root/bin/stmpy" "--$mode" "$@" > "$DIR/out" 2>&1 \
    || { echo "FAILED: $root $mode $*" >&2; cat "$DIR/out" >&2; }
  awk '{printf "%s/%.2f", $1, $2 + $3}' "$DIR/time"
}
declare -A T
HUGE=-XX:-DontCompileHugeMethods
for r in $(seq 1 "$R"); do
  for p in "${PROGS[@]}"; do
    # shellcheck disable=SC2086
    T["$p|gil"]+=" $(t "$NEW" gil "" "$DIR"/$p)"
    if [[ -z "${BENCH_HUGE_ONLY:-}" ]]; then
      T["$p|base"]+=" $(t "$BASE" stm "" "$DIR"/$p)"
      T["$p|new"]+=" $(t "$NEW" stm "" "$DIR"/$p)"
    else
      T["$p|base"]+=" 0/0"; T["$p|new"]+=" 1/1"
    fi
    T["$p|baseH"]+=" $(t "$BASE" stm "$HUGE" "$DIR"/$p)"
    T["$p|newH"]+=" $(t "$NEW" stm "$HUGE" "$DIR"/$p)"
  done
done
med() { # list of wall/cpu, field 1 or 2 -> median
  echo "$1" | tr ' ' '\n' | grep -v '^$' | cut -d/ -f"$2" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
cell() { printf "%.2f (%.2f)" "$(med "$1" 1)" "$(med "$1" 2)"; }
ratio() { printf "%.2f (%.2f)" "$(echo "$(med "$1" 1) / $(med "$2" 1)" | bc -l)" "$(echo "$(med "$1" 2) / $(med "$2" 2)" | bc -l)"; }
echo
echo "| program | GIL | STM before | STM after | after/before | after/GIL | huge: STM before | huge: STM after | huge: after/before | huge: after/GIL |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for p in "${PROGS[@]}"; do
  echo "| $p | $(cell "${T[$p|gil]}") | $(cell "${T[$p|base]}") | $(cell "${T[$p|new]}") | $(ratio "${T[$p|new]}" "${T[$p|base]}") | $(ratio "${T[$p|new]}" "${T[$p|gil]}") | $(cell "${T[$p|baseH]}") | $(cell "${T[$p|newH]}") | $(ratio "${T[$p|newH]}" "${T[$p|baseH]}") | $(ratio "${T[$p|newH]}" "${T[$p|gil]}") |"
done
echo
for p in "${PROGS[@]}"; do
  echo "raw $p: gil${T[$p|gil]} | base${T[$p|base]} | new${T[$p|new]} | baseH${T[$p|baseH]} | newH${T[$p|newH]}"
done
echo "uptime after: $(uptime)"
rm -rf "$DIR"
