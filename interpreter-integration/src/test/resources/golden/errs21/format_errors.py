tests = [
    lambda: '{}'.format(),
    lambda: '{0} {1}'.format(1),
    lambda: '{x}'.format(y=1),
    lambda: '{'.format(),
    lambda: '}'.format(),
    lambda: '{:d}'.format('x'),
    lambda: '{:d}'.format(1.5),
    lambda: '{:x}'.format('a'),
    lambda: '{:z}'.format(1),
    lambda: '{:.2f}'.format('x'),
    lambda: '{0.foo}'.format(1),
    lambda: '{0[5]}'.format([1]),
    lambda: '{} {0}'.format(1, 2),
    lambda: '{0} {}'.format(1, 2),
    lambda: f'{1:d}' + f'{"x":d}',
    lambda: f'{1.5:d}',
    lambda: format(1, 'q'),
    lambda: format('a', '>1000000000000000000000'),
    lambda: '{:,s}'.format('a'),
    lambda: '{:=}'.format('a'),
    lambda: '%(a)s' % {},
    lambda: '%(a)s' % 5,
    lambda: '%z' % 1,
    lambda: '%s' % (1, 2),
    lambda: '%c' % 'ab',
    lambda: '{!x}'.format(1),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
'{name}'.format(nmae=1)
