# Compile errors carry the source line and the range they mark (end_lineno, end_offset); sys.__excepthook__
# prints a caret under that range, or under the column when the range is unknown.
import io
import sys

sources = [
    'f(a for a in b, c)',
    'f(a, b for b in c)',
    'f(x for x in y,)',
    'class C(x for x in y, z): pass',
    'f(x for x in y)',
    'a b c',
    'x = (1 +\n',
    'try:\n\t1/0\n    \t1/0\nfinally:\n pass\n',
    'if True:\n        print()\n\texec "mixed tabs and spaces"',
    'if 1:\n\tx = 1\n\tif x:\n\t\ty = 2\n',
    'print "old style"',
]
for src in sources:
    try:
        compile(src, '<src>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
        if e.msg.startswith('Generator') or e.msg == 'invalid syntax':
            print('  ends', e.end_lineno, e.end_offset)

cases = [
    ('bad.py', 1, 2, 'abcdefg', 1, 7),
    ('bad.py', 1, 2, 'abcdefg', 1, 3),
    ('bad.py', 1, 2, 'abcdefg', 1, -2),
    ('bad.py', 1, 4, 'abcdefg', 1, 2),
    ('bad.py', 1, -4, 'abcdefg', 1, -2),
    ('bad.py', 1, 0, 'abcdefg', 1, 0),
    ('bad.py', 1, 0, 'abcdefg', 1, 5),
    ('bad.py', 1, 2, 'abcdefg', 1, 100),
    ('bad.py', 1, 9, 'abcdefg\n', 1, 100),
    ('bad.py', 1, 3, '  abcdefg\n', 1, 6),
    ('bad.py', 1, 5, 'ab\ncdefg\n', 1, 7),
    ('bad.py', 1, 2, 'abcdefg', 2, 5),
    ('bad.py', 1, 3, '\tab\tcdefg\n', 1, 6),
]
for args in cases:
    try:
        raise SyntaxError('bad bad', args)
    except SyntaxError:
        saved = sys.stderr
        sys.stderr = buf = io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
        finally:
            sys.stderr = saved
        lines = buf.getvalue().splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith('  File "bad.py"'))
        print(args)
        print('\n'.join(lines[start:]))
