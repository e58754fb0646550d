# re: patterns compare only for equality, groupindex is read-only, huge group numbers are IndexErrors, templates
# may be memoryviews, IGNORECASE knows the ligatures' case folding, and anchored searches try one position.
import re

p1, p2 = re.compile('a'), re.compile('b')
try:
    p1 < p2
except TypeError:
    print('patterns do not order')
print(p1 == re.compile('a'), p1 != p2)
p = re.compile(r'(?P<first>a)(?P<other>b)?')
try:
    p.groupindex['other'] = 0
except TypeError:
    print('groupindex is read-only')
print(dict(p.groupindex))
m = p.match('ab')
for g in (1 << 1000, -1, 3):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError:', e)
print(re.sub(b'y', memoryview(b'a'), memoryview(b'xyz')))
print(str(memoryview(b'abc'), 'latin1'), str(bytearray(b'abc'), 'ascii'))
try:
    str(5, 'ascii')
except TypeError as e:
    print(e)
print(bool(re.match(r'\ufb05', '\ufb06', re.I)), bool(re.match(r'\ufb06', '\ufb05', re.I)))
print(bool(re.match(r'[\ufb04-\ufb05]', '\ufb06', re.I)), bool(re.match(r'[\ufb06-\ufb06]', '\ufb05', re.I)))
s = 'x' * 200000
for pat in (r'\Ay', r'^y', r'\Ax', r'^x'):
    print(pat, re.search(pat, s) is not None, len(re.split(pat, s)), re.findall(pat, s)[:1],
          len(list(re.finditer(pat, s))), len(re.sub(pat, '', s)))
print(re.compile('^b').search('ab', 1), re.compile('^b', re.M).search('a\nb', 1))
