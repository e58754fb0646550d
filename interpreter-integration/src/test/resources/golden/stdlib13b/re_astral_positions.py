# re on a str with characters beyond the BMP: positions, spans and slices count code points
import re, json
s = 'z\U0001d120x"abc"'
m = re.compile(r'[^"\\]*').match(s, 0)
print(m.end(), m.span(), m.group(), len(s))
print(re.findall(r'.', 'a\U0001f600b'), re.sub(r'x', '-', 'x\U0001f600x'), re.split(r'\U0001f600', 'a\U0001f600b'))
print([m.span() for m in re.finditer(r'\w', 'a\U0001f600b\U0001f600c')], re.search('c', '\U0001f600\U0001f600c').start())
print(json.decoder.scanstring('"z\U0001d120x"', 1), json.loads('["\U0001f600", "\\ud83d\\ude00"]'))
print(re.fullmatch(r'.{3}', 'a\U0001f600b') is not None, re.match(r'[\U0001f600-\U0001f64f]+', '\U0001f601\U0001f602!').end())
