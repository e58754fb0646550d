print(chr(65), chr(0x263A), chr(128512), ord("A"), ord("€"), ord("\n"))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64))
print([chr(c) for c in range(ord("a"), ord("f"))])
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
