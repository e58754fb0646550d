"""Tokenizer, Pratt parser and evaluator for arithmetic with variables, functions and errors."""
import math
import operator
import re
from typing import NamedTuple, Iterator


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|[-+*/%^(),=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at column {pos}")
        self.pos = pos


def tokenize(src) -> Iterator[Token]:
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise ParseError(f"unexpected character {m.group()!r}", m.start())
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


BINARY = {"+": (10, operator.add), "-": (10, operator.sub), "*": (20, operator.mul),
          "/": (20, operator.truediv), "//": (20, operator.floordiv), "%": (20, operator.mod),
          "**": (30, operator.pow), "^": (30, operator.pow)}
RIGHT = {"**", "^"}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}


class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise ParseError(f"expected {text!r}, got {t.text or 'end'!r}", t.pos)
        return t

    def parse(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.next().text
            self.next()
            node = ("assign", name, self.expr(0))
        else:
            node = self.expr(0)
        if self.peek().kind != "EOF":
            raise ParseError(f"trailing {self.peek().text!r}", self.peek().pos)
        return node

    def expr(self, min_bp):
        t = self.next()
        if t.kind == "NUM":
            left = ("num", float(t.text) if "." in t.text or "e" in t.text.lower() else int(t.text))
        elif t.kind == "NAME":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr(0))
                self.expect(")")
                left = ("call", t.text, tuple(args))
            else:
                left = ("var", t.text)
        elif t.text == "-":
            left = ("neg", self.expr(25))
        elif t.text == "(":
            left = self.expr(0)
            self.expect(")")
        else:
            raise ParseError(f"unexpected {t.text or 'end'!r}", t.pos)
        while True:
            op = self.peek().text
            if op not in BINARY:
                return left
            bp = BINARY[op][0]
            if bp < min_bp or (bp == min_bp and op not in RIGHT):
                return left
            self.next()
            right = self.expr(bp if op in RIGHT else bp + 1)
            left = ("bin", op, left, right)


def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"undefined variable {name!r}") from None
        case ("neg", sub):
            return -evaluate(sub, env)
        case ("bin", op, a, b):
            return BINARY[op][1](evaluate(a, env), evaluate(b, env))
        case ("call", fname, args):
            return FUNCS[fname](*(evaluate(a, env) for a in args))
        case ("assign", name, sub):
            env[name] = evaluate(sub, env)
            return env[name]
    raise TypeError(node)


env = {"pi": math.pi}
lines = ["1 + 2 * 3", "2 ** 3 ** 2", "(1 + 2) * -3", "x = 7 // 2", "x * 1.5e2", "10 % 4 - -x",
         "max(1, x, 2) + min(4, 5)", "sqrt(16) + hypot(3, 4)", "y + 1", "1 / 0", "3 $ 4",
         "(1 + 2", "2 ^ 0.5", "abs(-pi)", "1 2", "-2 ** 2", "z = w = 3", "100000000000 * 100000000000"]
for line in lines:
    try:
        tree = Parser(line).parse()
        val = evaluate(tree, env)
        print(f"{line:<28} => {val!r}")
    except ParseError as e:
        print(f"{line:<28} !! {type(e).__name__}: {e} (pos={e.pos})")
    except (NameError, ZeroDivisionError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e} cause={e.__cause__!r} ctx={type(e.__context__).__name__}")
print(sorted(env.items()))
print(Parser("f(1, (2), g(3))").parse())
print(list(tokenize("a**-b"))[:3], Token._fields, Token("X", "y", 0)._replace(pos=5))
