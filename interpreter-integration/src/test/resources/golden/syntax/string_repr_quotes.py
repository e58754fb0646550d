for s in ["plain", "it's", 'say "x"', "both ' \"", "tab\t", "nl\n", "\x7f", "\x01", "é", "\u200b", "\\"]:
    print(repr(s))
print(repr(b"\x7f\x80"), repr(bytearray(b"ab")))
print(ascii("héllo"), ascii(["é"]))
