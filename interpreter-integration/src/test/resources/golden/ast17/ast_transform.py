# NodeTransformer rewriting, fix_missing_locations, then compile and exec of the new tree
import ast


class DoubleConstants(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class AddToSub(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Sub()
        return node


class Logger(ast.NodeTransformer):
    """Inserts a print at the start of every function."""
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        call = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('enter ' + node.name)], []))
        node.body.insert(0, call)
        return node


src = '''
def area(w, h):
    return w * h + 1

class Box:
    def __init__(self, n):
        self.n = n
    def size(self):
        return [self.n + i for i in range(3)]

total = area(3, 4)
print('total', total, Box(5).size())
'''
tree = ast.parse(src)
exec(compile(tree, '<orig>', 'exec'), {})
for t in (DoubleConstants(), AddToSub(), Logger()):
    tree = ast.fix_missing_locations(t.visit(tree))
    exec(compile(tree, '<transformed>', 'exec'), {'__name__': 'demo'})

# an expression tree built by hand
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Name('x', ast.Load())))
ast.fix_missing_locations(expr)
print(eval(compile(expr, '<expr>', 'eval'), {'x': 7}))

# a module built from scratch
mod = ast.Module(body=[
    ast.FunctionDef(name='hello', args=ast.arguments(posonlyargs=[], args=[ast.arg('who')], vararg=None,
                    kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[ast.Constant('world')]),
                    body=[ast.Return(ast.JoinedStr([ast.Constant('hello '), ast.FormattedValue(
                        ast.Name('who', ast.Load()), -1, None)]))], decorator_list=[]),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Call(ast.Name('hello', ast.Load()), [], [])], [])),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Call(ast.Name('hello', ast.Load()),
                                                               [ast.Constant('ast')], [])], [])),
], type_ignores=[])
exec(compile(ast.fix_missing_locations(mod), '<built>', 'exec'), {})

# the round trip: a tree from ast.parse compiles to code that behaves as the source does
prog = '''
import math
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
match [fib(10), math.floor(2.5)]:
    case [55, x] if x == 2:
        print('match', x)
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__)
with open(__file__) if False else __import__('contextlib').nullcontext(3) as v:
    print('with', v)
print(f"{fib(20):>8}|{'x'!r}")
'''
g1, g2 = {'__file__': 'x'}, {'__file__': 'x'}
exec(compile(prog, '<src>', 'exec'), g1)
exec(compile(ast.parse(prog), '<tree>', 'exec'), g2)

# errors for malformed trees
BAD = [
    ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []),
    ast.Module([ast.Name('x', ast.Load(), lineno=1, col_offset=0)], []),
    ast.Module([ast.Expr(ast.Pass(lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
    ast.Module([ast.Assign([ast.Name('x', ast.Load(), lineno=1, col_offset=0)],
                           ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
    ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [],
                                lineno=1, col_offset=0)], []),
    ast.Module(ast.Pass(), []),
    ast.Expression(ast.Constant([1], lineno=1, col_offset=0)),
    ast.Module([ast.Expr(ast.Name(None, ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
    ast.Module([ast.Expr(ast.Name('None', ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], []),
    ast.Expression(ast.Compare(ast.Constant(1, lineno=1, col_offset=0), [], [], lineno=1, col_offset=0)),
]
for i, t in enumerate(BAD):
    mode = 'eval' if isinstance(t, ast.Expression) else 'exec'
    try:
        compile(t, '<bad>', mode)
        print(i, 'compiled?')
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, str(e).split(' object at ')[0])
try:
    compile(ast.parse('x', mode='eval'), '<m>', 'exec')
except TypeError as e:
    print('mode:', e)
