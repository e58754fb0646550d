"""A tiny Lisp: tokenizer, reader, environments, closures, tail calls and errors."""
import math
import operator as op
from functools import reduce


class LispError(Exception):
    pass


Symbol = str


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return ["quote", read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol {name!r}")


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a,
        "*": lambda *a: reduce(op.mul, a, 1), "/": op.truediv, "<": op.lt, ">": op.gt,
        "=": op.eq, "<=": op.le, "abs": abs, "list": lambda *a: list(a),
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "null?": lambda x: x == [], "length": len, "sqrt": math.sqrt, "max": max,
        "apply": lambda f, args: f(*args), "map": lambda f, xs: [f(x) for x in xs],
    })
    return env


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return x
        head, *rest = x
        match head:
            case "quote":
                return rest[0]
            case "if":
                test, conseq, alt = rest
                x = conseq if evaluate(test, env) else alt
            case "define":
                name, expr = rest
                env[name] = evaluate(expr, env)
                return None
            case "lambda":
                params, body = rest
                return Procedure(params, body, env)
            case "begin":
                for e in rest[:-1]:
                    evaluate(e, env)
                x = rest[-1]
            case _:
                proc = evaluate(head, env)
                args = [evaluate(a, env) for a in rest]
                if isinstance(proc, Procedure):
                    x, env = proc.body, Env(proc.params, args, proc.env)
                else:
                    return proc(*args)


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if isinstance(v, bool):
        return "#t" if v else "#f"
    return str(v)


PROGRAM = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 20)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 5000 0)
(define compose (lambda (f g) (lambda (x) (f (g x)))))
((compose abs -) 7)
(map (lambda (x) (* x x)) '(1 2 3 4))
(cons 0 '(1 2))
(car '())
(undefined-thing 1)
(sqrt 2)
(/ 1 0)
((lambda (a b) a) 1)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
fact
(+ 1 (* 2 3.5))
"""

env = standard_env()
for line in PROGRAM.strip().splitlines():
    try:
        result = evaluate(read(tokenize(line)), env)
    except (LispError, IndexError, ZeroDivisionError) as e:
        print(f"{line[:30]:<30} !! {type(e).__name__}: {e}")
    else:
        if result is not None:
            print(f"{line[:30]:<30} => {to_str(result)}")
for bad in ["(+ 1", ")", ""]:
    try:
        read(tokenize(bad))
    except LispError as e:
        print(f"read {bad!r}: {e}")
