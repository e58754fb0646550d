"""struct.pack's errors for integers out of range, per byte order and code, as CPython 3.11 words them."""
import struct

for p in '><!=@':
    for c in 'qQlLiIhHbBnN':
        if c in 'nN' and p != '@':
            continue
        out = []
        for v in (2**70, -2**70, -1, 2**64, 2**63, -2**63 - 1, 2**32, 2**31, 70000, 300, -129):
            try:
                struct.pack(p + c, v)
                out.append('ok')
            except struct.error as e:
                out.append(str(e))
        print(p + c, out)
for fmt, v in [('>q', 2**70), ('<q', 2**63), ('>Q', -1), ('!Q', 2**64), ('q', -2**63), ('>q', -2**63)]:
    try:
        print(fmt, struct.pack(fmt, v).hex())
    except struct.error as e:
        print(fmt, 'struct.error:', e)
try:
    struct.pack('>i', 'x')
except struct.error as e:
    print(e)
print(struct.pack('>Q', 2**64 - 1).hex(), struct.unpack('>q', struct.pack('>q', -2))[0])
