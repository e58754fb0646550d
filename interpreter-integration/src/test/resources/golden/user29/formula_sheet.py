"""A tiny spreadsheet: cells hold numbers or formulas evaluated with eval() in a restricted namespace."""
import math
import re
from graphlib import TopologicalSorter, CycleError

SHEET = {
    "A1": "12.5",
    "A2": "7",
    "A3": "=A1 * A2",
    "B1": "=round(sqrt(A3), 3)",
    "B2": "=max(A1, A2, B1) - min(A1, A2)",
    "B3": "=(A1 + A2) (B1)",          # a missing operator: CPython warns, then fails at run time
    "C1": "=sum([A1, A2, A3]) / 3",
    "C2": "=A1 is 12.5",              # 'is' with a literal: a SyntaxWarning
    "C3": "=D9 + 1",
    "D1": "=D2 + 1",
    "D2": "=D1 + 1",
    "E1": "=1 / (A2 - 7)",
    "E2": "=A1 +",
    "E3": "=f'{A3:,.1f} total'",
}
REF = re.compile(r"\b([A-Z][0-9])\b")
SAFE = {"sqrt": math.sqrt, "round": round, "max": max, "min": min, "sum": sum, "abs": abs}


def deps(expr):
    return set(REF.findall(expr)) if expr.startswith("=") else set()


graph = {cell: deps(src) for cell, src in SHEET.items()}
try:
    order = list(TopologicalSorter(graph).static_order())
except CycleError as e:
    cycle = e.args[1]
    print("cycle:", " -> ".join(cycle))
    for c in set(cycle):
        graph.pop(c, None)
    order = [c for c in TopologicalSorter(graph).static_order() if c in SHEET]

values, errors = {}, {}
for cell in order:
    if cell not in SHEET:
        continue
    src = SHEET[cell]
    if not src.startswith("="):
        values[cell] = float(src)
        continue
    missing = [d for d in deps(src) if d not in values]
    if missing:
        errors[cell] = f"depends on {', '.join(sorted(missing))}"
        continue
    try:
        values[cell] = eval(src[1:], {"__builtins__": {}}, {**SAFE, **values})
    except SyntaxError as e:
        errors[cell] = f"syntax: {e.msg} (line {e.lineno})"
    except Exception as e:
        errors[cell] = f"{type(e).__name__}: {e}"

for cell in sorted(SHEET):
    if cell in values:
        v = values[cell]
        shown = f"{v:>12.4f}" if isinstance(v, float) else f"{v!r:>12}"
        print(f"{cell} {shown}   {SHEET[cell]}")
    else:
        print(f"{cell} {'#ERR':>12}   {SHEET[cell]}   <- {errors.get(cell, 'in a cycle')}")
code = compile("A1 * 2", "<cell>", "eval")
print(code.co_filename, code.co_names, eval(code, {"A1": 4}))
print(eval("[x ** 2 for x in range(n)]", {"n": 4}), eval("lambda y: y + k", {"k": 1})(1))
try:
    eval("__import__('os')", {"__builtins__": {}})
except NameError as e:
    print("sandbox:", e)
