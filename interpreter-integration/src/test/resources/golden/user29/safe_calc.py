"""A calculator console reading expressions from stdin, evaluated with restricted builtins; ends on an error."""
import math
import sys
from fractions import Fraction

ALLOWED = {name: getattr(math, name) for name in ("sqrt", "sin", "cos", "pi", "e", "log", "factorial", "gcd")}
ALLOWED.update(abs=abs, round=round, min=min, max=max, F=Fraction)
env = {"__builtins__": {}}
variables = {}
history = []

for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line == "vars":
        print("   ", ", ".join(f"{k}={v!r}" for k, v in sorted(variables.items())))
        continue
    target = None
    if "=" in line and line.split("=", 1)[0].strip().isidentifier() and "==" not in line:
        target, line = (part.strip() for part in line.split("=", 1))
    try:
        value = eval(line, env, {**ALLOWED, **variables, "_": history[-1] if history else None})
    except SyntaxError as e:
        print(f"{lineno:>3}: syntax error: {e.msg}")
        continue
    except NameError as e:
        print(f"{lineno:>3}: unknown name: {e}")
        continue
    except (ArithmeticError, ValueError, TypeError) as e:
        print(f"{lineno:>3}: {type(e).__name__}: {e}")
        continue
    history.append(value)
    if target:
        variables[target] = value
        print(f"{lineno:>3}: {target} = {value!r}")
    else:
        print(f"{lineno:>3}: {value!r}")

print("env keys:", sorted(env), "builtins hidden:", env["__builtins__"] == {})
g = {}
exec("import math as m\nr = m.floor(2.5)", g)
print(g["r"], type(g["__builtins__"]).__name__, "open" in g["__builtins__"])
print(eval("abs(-3) + len('ab')", {"__builtins__": {"abs": abs, "len": len}}))
eval("print('sandbox escape via', open)", {"__builtins__": {"print": print}})
