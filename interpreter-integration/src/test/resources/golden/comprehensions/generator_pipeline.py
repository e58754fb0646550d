def read(lines):
    for l in lines:
        yield l
def strip(src):
    for l in src:
        yield l.strip()
def nonempty(src):
    return (l for l in src if l)
def numbered(src):
    for i, l in enumerate(src, 1):
        yield f"{i}: {l}"
data = ["  a  ", "", " b", "   ", "c "]
for out in numbered(nonempty(strip(read(data)))):
    print(out)
