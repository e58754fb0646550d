import re
for p in ['(', ')', '[a-', 'a{2,1}', '*a', 'a**', '(?P<1>x)', '(?P<a>x)(?P<a>y)', '\\', '[z-a]', '(?<=a+)b', 'x(?', '(?P=nope)', '\\1', '(?i', 'a++', '[]', '\\p', '(?x)\n(\n', 'a{1', '(?#', '(a)(?(3)b)']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for f in (lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('a', '\\', 'a'), lambda: re.match(5, 'x'), lambda: re.match('x', 5),
          lambda: re.match(b'x', 'x'), lambda: re.match('(?P<n>x)', 'x').group('m'), lambda: re.match('x', 'x').group(3),
          lambda: re.sub('(?P<n>a)', r'\g<m>', 'a'), lambda: re.sub('a', r'\g<', 'a')):
    try:
        print(f())
    except (re.error, TypeError, IndexError) as e:
        print(type(e).__name__, e)
re.compile('ab(cd')
