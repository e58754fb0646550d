#!/usr/bin/env bash
# Regenerates the expected outputs of the golden Python programs with CPython 3.11.
#
# Layout: interpreter-integration/src/test/resources/golden/<area>/<name>.py, and beside it
#   <name>.out   stdout, exactly
#   <name>.err   the last non-empty line of stderr (only when stderr is non-empty)
#   <name>.exit  the exit code (only when it is not 0)
#   <name>.in    optional, hand-written: fed to stdin (otherwise stdin is empty)
#   <name>.timeout optional, hand-written: seconds the Java suites let this program run when that is more
#                than their default (programs whose own work is slow, e.g. many full collections)
# Files whose name starts with '_' are helper modules, not programs.
#
# Convention (the Java runner follows it): each program runs with its own directory as the
# working directory and is named by its bare file name (`python3 name.py`), so tracebacks say
# File "name.py" and files a program writes (golden_tmp_*) land beside it and are deleted after.
#
# Every program runs twice, under PYTHONHASHSEED=1 and =2; differing output means the program
# depends on str hash order or timing and must be fixed, so the script stops.
#
# Usage: scripts/regen-golden.sh [substring]   (only programs whose relative path contains it)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gold="$root/interpreter-integration/src/test/resources/golden"
py="${PYTHON:-python3}"
filter="${1:-}"

# resolve wrappers such as pyenv shims once: they cost a shell start per program
py="$("$py" -c 'import sys; print(sys.executable)')"
ver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.11" ]; then
  echo "regen-golden: need CPython 3.11 (found $ver from '$py'); set PYTHON=/path/to/python3.11" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
count=0
fail=0
while IFS= read -r rel; do
  case "$rel" in *"$filter"*) ;; *) continue ;; esac
  dir="$gold/$(dirname "$rel")"
  name="$(basename "$rel" .py)"
  input=/dev/null
  [ -f "$dir/$name.in" ] && input="$dir/$name.in"
  for seed in 1 2; do
    set +e
    (cd "$dir" && PYTHONHASHSEED=$seed PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 \
       timeout 60 "$py" "$name.py" golden-arg <"$input" >"$tmp/out$seed" 2>"$tmp/err$seed")
    echo $? >"$tmp/rc$seed"
    set -e
    rm -f "$dir"/golden_tmp_*
  done
  rc="$(cat "$tmp/rc1")"
  grep -v '^[[:space:]]*$' "$tmp/err1" | tail -n 1 >"$tmp/last1" || true
  grep -v '^[[:space:]]*$' "$tmp/err2" | tail -n 1 >"$tmp/last2" || true
  if ! cmp -s "$tmp/out1" "$tmp/out2" || ! cmp -s "$tmp/last1" "$tmp/last2" || [ "$rc" != "$(cat "$tmp/rc2")" ]; then
    echo "regen-golden: $rel is not deterministic (output differs between two runs)" >&2
    fail=1
    continue
  fi
  if [ "$rc" = 124 ]; then
    echo "regen-golden: $rel timed out" >&2
    fail=1
    continue
  fi
  cp "$tmp/out1" "$dir/$name.out"
  if [ -s "$tmp/last1" ]; then cp "$tmp/last1" "$dir/$name.err"; else rm -f "$dir/$name.err"; fi
  if [ "$rc" != 0 ]; then echo "$rc" >"$dir/$name.exit"; else rm -f "$dir/$name.exit"; fi
  count=$((count + 1))
done < <(cd "$gold" && find . -name '*.py' ! -name '_*' | sed 's|^\./||' | LC_ALL=C sort)
find "$gold" -name __pycache__ -type d -prune -exec rm -rf {} +
echo "regen-golden: $count programs regenerated under $gold"
exit $fail
