# str.isidentifier by code point (letters beyond the BMP); format_map with any mapping (__getitem__/__missing__);
# re.finditer's iterator works with next()
import re
print('\U0001d518\U0001d52b\U0001d526'.isidentifier(), 'a1'.isidentifier(), '1a'.isidentifier(), '_x'.isidentifier())
print(re.compile('(?P<\U0001d518\U0001d52b>x)').match('x').group('\U0001d518\U0001d52b'))

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'

class Mapping:
    def __getitem__(self, key):
        return key.upper()

print('{a} {b} {{c}}'.format_map(Default(a=1)), '{x}-{y}'.format_map(Mapping()), '{k}'.format_map({'k': 2}))
m = re.match(r'(?P<a1>a)(?P<b2>b)?', 'a')
print('a1={a1} b2={b2}'.format_map(m))
it = re.finditer(r'\s', 'a b c')
print(next(it).span(), [x.span() for x in it])
