"""A small stack-based language: compiler from text to instructions and a VM."""
import operator
import sys


class VMError(Exception):
    pass


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv,
       "%": operator.mod, "<": operator.lt, "=": operator.eq, ">": operator.gt}


def compile_source(src):
    code, labels, fixups = [], {}, []
    for lineno, line in enumerate(src.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        for word in line.split():
            if word.endswith(":"):
                labels[word[:-1]] = len(code)
            elif word.lstrip("-").isdigit():
                code.append(("push", int(word)))
            elif word in OPS:
                code.append(("op", word))
            elif word.startswith(("jmp@", "jz@", "call@")):
                op, target = word.split("@")
                fixups.append((len(code), target, lineno))
                code.append((op, target))
            elif word in ("dup", "swap", "drop", "over", "print", "ret", "halt", "rot", "emit"):
                code.append((word, None))
            else:
                raise VMError(f"line {lineno}: unknown word {word!r}")
    for index, target, lineno in fixups:
        if target not in labels:
            raise VMError(f"line {lineno}: undefined label {target!r}")
        code[index] = (code[index][0], labels[target])
    return code


def run(code, out, limit=100000):
    stack, rstack, pc, steps = [], [], 0, 0
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "op":
            b, a = stack.pop(), stack.pop()
            r = OPS[arg](a, b)
            stack.append(int(r) if isinstance(r, bool) else r)
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op == "rot":
            stack.append(stack.pop(-3))
        elif op == "drop":
            stack.pop()
        elif op == "print":
            print(stack.pop(), file=out)
        elif op == "emit":
            out.write(chr(stack.pop()))
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "call":
            rstack.append(pc)
            pc = arg
        elif op == "ret":
            pc = rstack.pop()
        elif op == "halt":
            break
    return stack, steps


PROGRAMS = {
    "countdown": "5 loop: dup print 1 - dup jz@end jmp@loop end: drop",
    "factorial": """
        10 call@fact print halt
        fact: dup 1 < jz@rec drop 1 ret      # n < 1 -> 1
        rec: dup 1 - call@fact * ret
    """,
    "fib": "0 1 20 loop: dup jz@done rot rot over over + rot drop rot 1 - jmp@loop done: drop print drop",
    "hello": "72 emit 105 emit 33 emit 10 emit",
    "gcd": "1071 462 loop: dup jz@done swap over % jmp@loop done: drop print",
    "bad_word": "1 2 plus",
    "bad_label": "jmp@nowhere",
    "underflow": "1 +",
    "divzero": "1 0 /",
    "forever": "top: jmp@top",
}

for name, src in PROGRAMS.items():
    try:
        code = compile_source(src)
        stack, steps = run(code, sys.stdout)
        print(f"[{name}] ok: {len(code)} instructions, {steps} steps, stack={stack}")
    except VMError as e:
        print(f"[{name}] VMError: {e}")
    except (IndexError, ZeroDivisionError) as e:
        print(f"[{name}] {type(e).__name__}: {e}")
print(compile_source(PROGRAMS["gcd"]))
