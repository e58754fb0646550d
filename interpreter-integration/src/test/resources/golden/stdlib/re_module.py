# CPython's re package running on the interpreter's _sre engine
import re

text = "alice=30, bob=25; carol=41 dave=19"
pairs = re.findall(r"(\w+)=(\d+)", text)
print(pairs)
print(sorted(pairs, key=lambda p: int(p[1])))
print(re.sub(r"(\w+)=(\d+)", r"\2:\1", text))
print(re.split(r"[,;]?\s+", text))
m = re.search(r"(?P<name>c\w+)=(?P<age>\d+)", text)
print(m.group("name"), m["age"], m.span(), m.groupdict())
print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.fullmatch(r"[a-z]+", "abc1"))
print([m.start() for m in re.finditer(r"o", "foo boo zoo")])
print(re.sub(r"x*", "-", "abxd"))
print(re.match(r"(a+)+b", "aaab").groups())
print(re.compile(r"^#.*$", re.M).findall("x\n#one\ny\n#two"))
print(re.sub(r"\b(\w)(\w*)", lambda m: m[1].upper() + m[2], "hello big world"))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)abc", "ABC").group())
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7"))
print(re.findall(r"\d+(?!px)\b", "10px 20em 30"))
print(re.escape("1+1=2?"))
print(re.compile(r"(\d+)-(\d+)").sub(r"\g<2>-\g<1>", "10-20 30-40"))
print(re.split(r"(,)", "a,b,c", maxsplit=1))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
