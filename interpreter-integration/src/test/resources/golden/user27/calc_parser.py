"""A recursive-descent calculator with variables, functions and precise error positions."""
import math
import operator
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),=^]))")


class CalcError(Exception):
    def __init__(self, msg, pos, src):
        super().__init__(msg)
        self.pos = pos
        self.src = src

    def __str__(self):
        return f"{self.args[0]} at column {self.pos + 1}\n  {self.src}\n  {' ' * self.pos}^"


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise CalcError(f"unexpected character {src[pos]!r}", pos, src)
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(("end", "", len(src)))
    return out


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}
BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod}


class Parser:
    def __init__(self, src, env):
        self.src, self.env = src, env
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise CalcError(f"expected {value!r}, found {tok[1] or 'end of input'!r}", tok[2], self.src)
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.take("")
        return value

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = BIN[op](v, self.term())
        return v

    def term(self):
        v = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            _, op, pos = self.take()
            rhs = self.power()
            try:
                v = BIN[op](v, rhs)
            except ZeroDivisionError as e:
                raise CalcError(str(e), pos, self.src) from e
        return v

    def power(self):
        base = self.unary()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, text, pos = self.take()
        if kind == "num":
            return float(text) if any(c in text for c in ".eE") else int(text)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if text not in FUNCS:
                    raise CalcError(f"unknown function {text}", pos, self.src)
                try:
                    return FUNCS[text](*args)
                except (TypeError, ValueError) as e:
                    raise CalcError(f"{text}: {e}", pos, self.src) from None
            if text not in self.env:
                raise CalcError(f"undefined variable {text}", pos, self.src)
            return self.env[text]
        if text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {text or 'end of input'!r}", pos, self.src)


env = {"pi": math.pi}
lines = ["1 + 2 * 3", "x = 2 ** 3 ** 2", "x / 4 - -1", "y = (x % 7) * 1.5e1", "max(x, y, 3) + min(1, 2)",
         "sqrt(16) + round(pi, 3)", "2 ^ 10", "1 / (x - x)", "foo + 1", "3 $ 4", "(1 + 2", "max()",
         "sqrt(-1)", "bar(2)", "7 +", "round(2.5) + round(3.5)", "10 % 3 - 10 % -3"]
for src in lines:
    try:
        print(f"{src:<28} = {Parser(src, env).statement()!r}")
    except CalcError as e:
        print(f"error: {e}")
        if e.__cause__ is not None:
            print("  caused by", type(e.__cause__).__name__)
print(sorted(env))
