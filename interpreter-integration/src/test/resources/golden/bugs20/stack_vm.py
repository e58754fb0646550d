# A stack-based virtual machine with an assembler: labels, jumps, calls, and a trace of a factorial program.
import operator
import sys

SOURCE = """
; compute fact(n) for several n and print gcd of two numbers
        push 1
loop:   dup
        push 7
        gt
        jnz end
        dup
        call fact
        print
        push 1
        add
        jmp loop
end:    pop
        push 1071
        push 462
        call gcd
        print
        halt

fact:   dup           ; n n
        push 2
        lt
        jnz fact_base
        dup
        push 1
        sub
        call fact
        mul
        ret
fact_base:
        pop
        push 1
        ret

gcd:    dup
        jz gcd_done
        swap
        over
        mod
        jmp gcd
gcd_done:
        pop
        ret
"""

BINOPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "mod": operator.mod,
          "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b), "eq": lambda a, b: int(a == b)}

class VMError(Exception):
    pass

def assemble(src):
    labels, code = {}, []
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        while ":" in line:
            label, _, line = line.partition(":")
            labels[label.strip()] = len(code)
            line = line.strip()
        if line:
            op, *args = line.split()
            code.append((op, args, lineno))
    resolved = []
    for op, args, lineno in code:
        if op in ("jmp", "jz", "jnz", "call"):
            if args[0] not in labels:
                raise VMError(f"line {lineno}: unknown label {args[0]!r}")
            args = [labels[args[0]]]
        elif op == "push":
            args = [int(args[0])]
        resolved.append((op, args))
    return resolved, labels

def run(code, out, max_steps=10_000):
    stack, calls, pc, steps = [], [], 0, 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit")
        op, args = code[pc]
        pc += 1
        match op:
            case "push":
                stack.append(args[0])
            case "pop":
                stack.pop()
            case "dup":
                stack.append(stack[-1])
            case "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case "over":
                stack.append(stack[-2])
            case _ if op in BINOPS:
                b, a = stack.pop(), stack.pop()
                stack.append(BINOPS[op](a, b))
            case "jmp":
                pc = args[0]
            case "jz" | "jnz":
                v = stack.pop()
                if (v == 0) == (op == "jz"):
                    pc = args[0]
            case "call":
                calls.append(pc)
                pc = args[0]
            case "ret":
                pc = calls.pop()
            case "print":
                out.append(stack[-1])
                print("out:", stack.pop())
            case "halt":
                return steps, stack
            case _:
                raise VMError(f"bad op {op}")

code, labels = assemble(SOURCE)
print(len(code), "instructions;", ", ".join(f"{k}@{v}" for k, v in sorted(labels.items(), key=lambda kv: kv[1])))
out = []
steps, stack = run(code, out)
print("steps", steps, "stack", stack, "outputs", out)
try:
    assemble("jmp nowhere")
except VMError as e:
    print("VMError:", e)
try:
    run(assemble("l: jmp l")[0], [])
except VMError as e:
    print("VMError:", e)
try:
    run(assemble("pop")[0], [])
except IndexError as e:
    print("IndexError:", e)
print(sys.getrecursionlimit() > 100, run(assemble("push 6\npush 7\nmul\nprint\nhalt")[0], []))
