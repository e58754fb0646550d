# compile(): bytes sources, flags, optimize, dont_inherit, _feature_version and the argument checks
import ast

code = compile(b'# -*- coding: latin-1 -*-\ns = "\xe9t\xe9"\n', '<bytes>', 'exec')
ns = {}
exec(code, ns)
print(ns['s'], len(ns['s']))
ns = {}
exec(compile(b'\xef\xbb\xbfx = "bom"\n', '<bom>', 'exec'), ns)
print(ns['x'])
print(eval(compile(bytearray(b'1 + 2'), '<ba>', 'eval')))
print(eval(compile(memoryview(b'3 * 4'), '<mv>', 'eval')))

t = compile('x = 1', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
print(compile(t, '<s>', 'exec', ast.PyCF_ONLY_AST) is t)
print(type(compile('1', '<s>', 'eval', flags=ast.PyCF_ONLY_AST, dont_inherit=True, optimize=2)).__name__)
print(ast.dump(ast.parse('x = 1', feature_version=(3, 8))))
print(ast.dump(compile('x = 1', '<s>', 'exec', ast.PyCF_ONLY_AST, _feature_version=8)))

prog = '''
"""module doc"""
def f():
    """function doc"""
    return 1
class C:
    """class doc"""
try:
    assert False, 'boom'
    print('asserts off')
except AssertionError as e:
    print('assert raised', e)
print('debug', __debug__, f.__doc__, C.__doc__, globals().get('__doc__'))
'''
for opt in (-1, 0, 1, 2):
    print('optimize', opt)
    exec(compile(prog, '<opt>', 'exec', optimize=opt), {'__name__': 'm'})
    exec(compile(ast.parse(prog), '<opt-ast>', 'exec', optimize=opt), {'__name__': 'm'})

for args, kw in [(('x', '<s>', 'bad'), {}), (('x', '<s>', 'exec', 0x8000000), {}), (('x', '<s>', 'exec'), {'optimize': 3}),
                 (('x', '<s>', 'func_type'), {}), ((42, '<s>', 'exec'), {}), (('x\0', '<s>', 'exec'), {}),
                 (('x',), {}), (('x', '<s>', 'exec'), {'bogus': 1})]:
    try:
        compile(*args, **kw)
        print('ok?', args, kw)
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    compile('x = (', 'f.py', 'exec', ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.filename)
