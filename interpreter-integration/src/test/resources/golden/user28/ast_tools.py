"""A code-metrics tool: parses Python source with ast, visits it, rewrites it and runs it."""
import ast
import io
import tokenize
import keyword

SOURCE = '''
import os, sys
from math import sqrt as root

CONST = 10

def area(r, *, pi=3.14):
    """Circle area."""
    return pi * r ** 2

class Shape:
    def __init__(self, n):
        self.n = n

    def perimeter(self, side):
        total = 0
        for _ in range(self.n):
            total += side
        return total if total > 0 else None

async def fetch(url):
    return await url

result = [area(x) for x in range(3) if x]
print(area(2), Shape(4).perimeter(2.5), result, root(CONST) > 3)
'''

tree = ast.parse(SOURCE, filename="<metrics>")


class Metrics(ast.NodeVisitor):
    def __init__(self):
        self.functions, self.classes, self.imports, self.calls, self.names = [], [], [], 0, set()

    def visit_FunctionDef(self, node):
        args = [a.arg for a in node.args.args] + [a.arg for a in node.args.kwonlyargs]
        self.functions.append((node.name, node.lineno, args, ast.get_docstring(node)))
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self.classes.append((node.name, [n.name for n in node.body if isinstance(n, ast.FunctionDef)]))
        self.generic_visit(node)

    def visit_Import(self, node):
        self.imports += [a.name for a in node.names]

    def visit_ImportFrom(self, node):
        self.imports += [f"{node.module}.{a.name} as {a.asname}" for a in node.names]

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)

    def visit_Name(self, node):
        self.names.add(node.id)


m = Metrics()
m.visit(tree)
print(m.functions)
print(m.classes, m.imports, m.calls, sorted(m.names))
print(sorted({type(n).__name__ for n in ast.walk(tree)})[:12])
print(ast.dump(ast.parse("x = a + 1"), indent=None))
print(ast.dump(ast.parse("f(*a, k=1)", mode="eval").body))


class ConstFolder(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            value = eval(compile(ast.Expression(node), "<fold>", "eval"))
            return ast.copy_location(ast.Constant(value), node)
        return node


folded = ast.fix_missing_locations(ConstFolder().visit(ast.parse("y = 2 * 3 + x * (4 - 1)")))
print(ast.unparse(folded))
print(ast.unparse(tree.body[3]).splitlines()[:3])
code = compile(tree, "<metrics>", "exec")
ns = {}
exec(code, ns)
print(sorted(k for k in ns if not k.startswith("__"))[:6])
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': {True, -4}}"), ast.literal_eval("1e3 + 2j"))
for bad in ("__import__('os')", "[1, 2", "f(x)"):
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
toks = list(tokenize.generate_tokens(io.StringIO("total = price * 1.2  # tax\n").readline))
print([(tokenize.tok_name[t.type], t.string) for t in toks if t.type != tokenize.NEWLINE])
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
try:
    ast.parse("def f(:\n    pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
node = tree.body[3]
print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, ast.get_source_segment(SOURCE, node.body[0]))
