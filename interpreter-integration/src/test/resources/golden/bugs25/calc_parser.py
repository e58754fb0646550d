import re, operator, math
from dataclasses import dataclass
TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),=^]))")
@dataclass
class Tok:
    kind: str
    text: str
    pos: int
class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise CalcError(f"bad character {s[pos]!r}", pos)
        kind = m.lastgroup
        out.append(Tok(kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(Tok("end", "", pos))
    return out
BIN = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv),
       "%": (2, operator.mod), "**": (3, operator.pow), "^": (3, operator.pow)}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}
class Parser:
    def __init__(self, toks, env): self.t, self.i, self.env = toks, 0, env
    def peek(self): return self.t[self.i]
    def next(self): tok = self.t[self.i]; self.i += 1; return tok
    def expect(self, text):
        tok = self.next()
        if tok.text != text: raise CalcError(f"expected {text!r}, got {tok.text or 'end'!r}", tok.pos)
    def expr(self, minp=0):
        left = self.unary()
        while self.peek().kind == "op" and self.peek().text in BIN and BIN[self.peek().text][0] >= minp:
            op = self.next().text
            prec, fn = BIN[op]
            right = self.expr(prec if op in ("**", "^") else prec + 1)
            try:
                left = fn(left, right)
            except ZeroDivisionError as e:
                raise CalcError(str(e), self.peek().pos) from e
        return left
    def unary(self):
        if self.peek().text == "-": self.next(); return -self.unary()
        if self.peek().text == "+": self.next(); return self.unary()
        return self.atom()
    def atom(self):
        tok = self.next()
        if tok.kind == "num": return float(tok.text) if any(c in tok.text for c in ".eE") else int(tok.text)
        if tok.kind == "name":
            if self.peek().text == "(":
                self.next(); args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",": self.next(); args.append(self.expr())
                self.expect(")")
                if tok.text not in FUNCS: raise CalcError(f"unknown function {tok.text}", tok.pos)
                return FUNCS[tok.text](*args)
            if tok.text not in self.env: raise CalcError(f"undefined {tok.text}", tok.pos)
            return self.env[tok.text]
        if tok.text == "(":
            v = self.expr(); self.expect(")"); return v
        raise CalcError(f"unexpected {tok.text or 'end'!r}", tok.pos)
def run(line, env):
    toks = tokenize(line)
    if len(toks) > 2 and toks[0].kind == "name" and toks[1].text == "=":
        p = Parser(toks[2:], env); v = p.expr(); name = toks[0].text
        if p.peek().kind != "end": raise CalcError("trailing input", p.peek().pos)
        env[name] = v; return f"{name} = {v}"
    p = Parser(toks, env); v = p.expr()
    if p.peek().kind != "end": raise CalcError("trailing input", p.peek().pos)
    return v
env = {"pi": math.pi}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 / 2", "x * 2", "sqrt(16) + max(1, 5, 3)",
             "10 % 4 - 1e3", "round(pi * 100) / 100", "1 / 0", "2 +", "foo(1)", "y + 1", "3 $ 4", "(1 + 2", "1 2",
             "abs(-5.5)", "min()", "100000000000000000000 * 99999999999999999999"]:
    try:
        print(f"{line!r:45} -> {run(line, env)!r}")
    except CalcError as e:
        print(f"{line!r:45} !! {e} (pos {e.pos})")
    except (TypeError, ValueError) as e:
        print(f"{line!r:45} !! {type(e).__name__}: {e}")
print(sorted(env))
