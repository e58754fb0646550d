# Strings built by += in loops (appended in place), then used every way a str is used.
def build(n, sep):
    s = ""
    for i in range(n):
        s += str(i) + sep
    return s

big = build(100000, ",")
print(len(big), big[:30], big[-30:])
print(big.count(","), big.split(",")[-2], big.find("99999"), big.endswith("99999,"))
print(hash(big) == hash(",".join(str(i) for i in range(100000)) + ","))
d = {big: 1}
print(d[",".join(str(i) for i in range(100000)) + ","])

# an older prefix appended to again copies: the two results are independent
base = "x" * 600
a = base + "A"
b = base + "B"
c = a + "C"
print(a[-3:], b[-3:], c[-3:], len(a), len(b), len(c), base[-1], a == base + "A")
print(a is not b, (a + "")[-1], ("" + a)[-1])

# non-ASCII, astral and mixed appends
t = ""
for i in range(2000):
    t += "é€😀"[i % 3]
print(len(t), t[:6], ascii(t[-3:]), t.count("😀"), len(t.encode("utf-8")))

# augmented assignment through containers and attributes
class Log:
    def __init__(self):
        self.text = ""
log = Log()
parts = [""]
for i in range(3000):
    log.text += "line %d\n" % i
    parts[0] += "%d;" % i
print(len(log.text), log.text.splitlines()[-1], len(parts[0]), parts[0][-6:])

# concatenation used as a format, in comparisons and sorting
lines = []
row = ""
for i in range(1500):
    row += "%03d|" % (i % 1000)
    if len(row) > 600:
        lines.append(row)
        row = ""
lines.sort()
print(len(lines), lines[0][:12], lines[-1][-12:], max(lines) == lines[-1], "%s!" % lines[0][:4])
print(f"{big[:5]!r:>10}", big[:10].upper(), big[:10] < big[:11], big[5:12] in big)
