"""String formatting a user would write for a report: f-strings with nested specs, alignment, fill, sign,
thousands separators, %, !r/!s/!a, = debugging, str.format with indexes and attributes, % formatting,
format_map, Template, and __format__ on a class."""
from string import Template
from decimal import Decimal
from fractions import Fraction


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        return format(self.c, spec or '.1f') + 'C'

    def __repr__(self):
        return 'Temp(%r)' % self.c


rows = [('Oslo', 1234567, -3.25, Temp(-3.25)), ('Lima', 98, 18.5, Temp(18.5)), ('Cairo', 45000, 35.0, Temp(35))]
w = 8
print(f"{'city':<{w}}|{'pop':>12}|{'temp':^9}|{'t':>8}")
print('-' * (w + 12 + 9 + 8 + 3))
for city, pop, t, tt in rows:
    print(f'{city:<{w}}|{pop:>12,}|{t:^+9.2f}|{tt:>8}')
for city, pop, t, tt in rows:
    print(f'{city!r:>10} {pop:_x} {pop:#o} {pop:e} {t:08.3f} {tt:.0F} {pop / 7:.3%}')
x, name = 42, 'caf\xe9'
print(f'{x=} {x*2 = } {name!a} {name!s:*^10} {x:c}{x:#b}')
print('{0}-{1}-{0} {p.c:.2f} {d[k]}'.format('a', 'b', p=Temp(1.5), d={'k': 'v'}))
print('%-6s|%5.1f|%+d|%x|%r|%%' % ('ab', 3.14159, 7, 255, 'q'))
print('%(name)s is %(age)03d' % {'name': 'Ann', 'age': 7})
print('{a} and {b}'.format_map({'a': 1, 'b': [2]}))
print(Template('$who likes ${what}s, $$5').substitute(who='Tim', what='kung pao'))
print(Template('$who and $nobody').safe_substitute(who='Ann'))
print(format(Decimal('1234.5678'), ',.2f'), f'{Decimal("-0.5"):>8}', float(Fraction(1, 3)).__format__('.4f'))
print(f'{3.0:g} {1e20:g} {1.5e-7:g} {0.1 + 0.2!r} {2 ** 70:,} {-0.0:+.1f} {float("inf"):>6} {12:=+6d}')
print('|'.join(f'{n:>{k}}' for k, n in enumerate(['a', 'bb', 'ccc'], start=2)))
print(str.center('mid', 9, '.'), 'x'.ljust(3, '-') + '|', 'tab\there'.expandtabs(4), 'A1b2'.swapcase())
print('{:{fill}{align}{width}}'.format('n', fill='~', align='^', width=7), f"{'nested {braces}'}", f'{{x}}')
