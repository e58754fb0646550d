s = "héllo wörld"
print(s, len(s), s.upper())
print(s.encode("utf-8"), len(s.encode("utf-8")))
print("日本語"[1], len("日本語"), "日本語"[::-1])
print(ord("€"), chr(8364), hex(ord("😀")))
print("straße".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print(u"prefix u", u"é" == "é")
