"""Tokenizer and recursive-descent parser for a tiny expression language."""
import re
from dataclasses import dataclass
from typing import NamedTuple


class Token(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/%()=,^])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


class ParseError(Exception):
    pass


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise ParseError(f"unexpected character {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())
    yield Token("EOF", "", len(src))


@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: object
    right: object

@dataclass
class Call:
    func: str
    args: list

@dataclass
class Assign:
    name: str
    value: object


class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.toks[self.i]

    def eat(self, kind, text=None):
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            want = text or kind
            raise ParseError(f"expected {want!r} at {t.pos}, got {t.text or 'end'!r}")
        self.i += 1
        return t

    def parse(self):
        if self.tok.kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.eat("NAME").text
            self.eat("OP", "=")
            node = Assign(name, self.expr())
        else:
            node = self.expr()
        self.eat("EOF")
        return node

    def expr(self):
        node = self.term()
        while self.tok.text in ("+", "-"):
            op = self.eat("OP").text
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.power()
        while self.tok.text in ("*", "/", "%"):
            op = self.eat("OP").text
            node = BinOp(op, node, self.power())
        return node

    def power(self):
        node = self.atom()
        if self.tok.text in ("**", "^"):
            self.eat("OP")
            return BinOp("**", node, self.power())
        return node

    def atom(self):
        t = self.tok
        if t.text == "-":
            self.eat("OP")
            return BinOp("-", Num(0), self.atom())
        if t.kind == "NUM":
            self.eat("NUM")
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "NAME":
            self.eat("NAME")
            if self.tok.text == "(":
                self.eat("OP", "(")
                args = [] if self.tok.text == ")" else [self.expr()]
                while self.tok.text == ",":
                    self.eat("OP", ",")
                    args.append(self.expr())
                self.eat("OP", ")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            self.eat("OP", "(")
            node = self.expr()
            self.eat("OP", ")")
            return node
        raise ParseError(f"unexpected {t.text or 'end'!r} at {t.pos}")


FUNCS = {"max": max, "min": min, "abs": abs, "round": round}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": pow}


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name):
            return env[name]
        case BinOp(op, l, r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(func, args):
            return FUNCS[func](*(evaluate(a, env) for a in args))
        case Assign(name, value):
            env[name] = evaluate(value, env)
            return env[name]


env = {"pi": 3.14159}
lines = ["x = 2 + 3 * 4", "y = (x - 4) ** 2 / 5", "max(x, y, 7) % 5", "2 ^ 3 ^ 2",
         "-x + round(pi * 100) / 100", "z = min(1)", "a +", "3 $ 4", "(1 + 2", "q * 2",
         "1 / (x - 14)", "abs(-7, 1)"]
for line in lines:
    try:
        tree = Parser(line).parse()
        print(f"{line:<28} => {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{line:<28} !! parse error: {e}")
    except Exception as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(Parser("f(a, 2) * -b").parse())
print(sorted(env.items()))
