import warnings
def check(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', SyntaxWarning)
        compile(src, '<t>', 'exec')
    print(repr(src), [(str(x.message), x.lineno, x.category.__name__) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(src, '<t>', 'exec')
        except SyntaxError as e:
            print('  SyntaxError', e.msg, e.lineno)
for src in ['x is 1', 'x is not "a"', 'x is None', '1 is x is 2', 'x is ()', 'x is (1, 2)', 'assert (x, "m")',
            'assert ()', '[(1, 2) (3, 4)]', '[1 [2]]', '[[1, 2] [3, 4]]', '["a" [1]]', 'f"x"()', '{1}[0]',
            '(x for x in y)[0]', '[x] ["a"]', '"abc"[1:2]', 'x[1]', 'if x is 1:\n  pass', 'print((1,2) is (1,2))']:
    check(src)
