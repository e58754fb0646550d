# starred expressions, bare * and lambda mistakes as compile() reports them (message, positions, carets)
import traceback
for s in ['(lambda x)', 'lambda x', 'f(lambda x)', 'lambda x, y', 'lambda: ', '(lambda x y: 1)', 'lambda *a b: 1', 'x = lambda a, b c: 0', 'lambda x\n',
          'a = (*b)', '(*a) = 1', '{*a: 1}', '{1: 2, *a: 3}', 'lambda *: 1', 'def f(*): pass', 'def f(*, **k): pass', 'lambda *, **k: 1', 'del *a, b', 'del (a, *b)', 'del [a, [*b]]', 'del *a',
          '*a = 1', 'a, *b, *c = x', 'x = (*a)', 'print((*a))', 'for (*x) in y: pass', 'with a as (*b): pass', '[*a] = x', '(*a,) = x']:
    for tail in ('', '\n'):
        try:
            compile(s + tail, '<s>', 'exec'); print(repr(s+tail), 'ok')
        except SyntaxError as e:
            print(repr(s + tail), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
            print("".join(traceback.format_exception_only(e)), end="")
