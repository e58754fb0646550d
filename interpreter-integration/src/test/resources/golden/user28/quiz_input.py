"""An arithmetic quiz reading answers with input(); runs out of input at the end (EOFError)."""
import random

random.seed(5)
score = 0
asked = 0
name = input("Your name? ").strip() or "anonymous"
print(f"Hello, {name.title()}!")
level = input("Level (1-3)? ")
try:
    level = int(level)
except ValueError:
    print(f"{level!r} is not a number, using level 1")
    level = 1
ops = "+-*" if level > 1 else "+-"
while True:
    a, b = random.randint(1, 10 * level), random.randint(1, 10 * level)
    op = random.choice(ops)
    expected = eval(f"{a} {op} {b}")
    reply = input(f"Q{asked + 1}: {a} {op} {b} = ")
    asked += 1
    if reply.strip().lower() in ("q", "quit"):
        print("bye")
        break
    try:
        ok = int(reply) == expected
    except ValueError:
        print(f"  {reply!r} is not an integer")
        continue
    score += ok
    print("  correct!" if ok else f"  wrong, it is {expected}")
print(f"{name}: {score}/{asked} ({score / asked:.0%})")
again = input("Play again? ")
print("answer was", repr(again))
input("press enter to finish")
