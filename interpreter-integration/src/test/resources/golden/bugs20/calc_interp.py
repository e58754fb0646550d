# A tiny expression language: tokenizer, recursive-descent parser to AST dataclasses, and an evaluator using match.
import re
from dataclasses import dataclass
from typing import Union

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%()=,<>]))")

@dataclass(frozen=True)
class Num:
    value: float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"

@dataclass(frozen=True)
class Neg:
    operand: "Expr"

@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple

@dataclass(frozen=True)
class Assign:
    name: str
    value: "Expr"

Expr = Union[Num, Var, BinOp, Neg, Call, Assign]

def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad character {src[pos]!r} at {pos}")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    out.append(("end", None))
    return out

class Parser:
    PREC = {"<": 1, ">": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}

    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, expected=None):
        tok = self.toks[self.i]
        if expected and tok[1] != expected:
            raise SyntaxError(f"expected {expected!r}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.toks[self.i][0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            return Assign(name, self.expr(0))
        e = self.expr(0)
        if self.peek()[0] != "end":
            raise SyntaxError(f"trailing {self.peek()[1]!r}")
        return e

    def expr(self, min_prec):
        left = self.unary()
        while (op := self.peek()[1]) in self.PREC and self.PREC[op] > min_prec - 1 and self.PREC[op] >= min_prec:
            self.take()
            right = self.expr(self.PREC[op] + 1)
            left = BinOp(op, left, right)
        return left

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return Neg(self.unary())
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return BinOp("**", base, self.unary())
        return base

    def atom(self):
        kind, val = self.take()
        match kind, val:
            case "num", v:
                return Num(float(v) if "." in v else int(v))
            case "name", n if self.peek()[1] == "(":
                self.take("(")
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expr(0))
                    if self.peek()[1] == ",":
                        self.take()
                self.take(")")
                return Call(n, tuple(args))
            case "name", n:
                return Var(n)
            case "op", "(":
                e = self.expr(0)
                self.take(")")
                return e
            case _:
                raise SyntaxError(f"unexpected {val!r}")

FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}

def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined variable {name}")
        case Neg(Num(v)):
            return -v
        case Neg(e):
            return -evaluate(e, env)
        case BinOp("+" | "-" as op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return a + b if op == "+" else a - b
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {"*": a * b, "/": a / b if b else float("inf"), "%": a % b if b else 0, "**": a ** b,
                    "<": int(a < b), ">": int(a > b)}[op]
        case Call(fn, args) if fn in FUNCS:
            return FUNCS[fn](*(evaluate(a, env) for a in args))
        case Assign(name, value):
            env[name] = evaluate(value, env)
            return env[name]
        case _:
            raise TypeError(f"cannot evaluate {node!r}")

env = {"pi": 3.14159}
program = ["x = 3", "y = x * 4 + 2", "y - -x", "2 ** 3 ** 2", "-(x + y) * 2", "max(x, y, 10) % 7",
           "r = sqrt(16) / 8", "z + 1", "1 +", "x < y", "abs(-pi) * 2", "f(1)", "3 $ 4", "7 / 0"]
for line in program:
    try:
        tree = Parser(line).statement()
        print(f"{line:<20} => {evaluate(tree, env)!r}")
    except (SyntaxError, NameError, TypeError) as e:
        print(f"{line:<20} !! {type(e).__name__}: {e}")
print(Parser("1 + 2 * (3 - a)").statement())
print(sorted(env.items()))
