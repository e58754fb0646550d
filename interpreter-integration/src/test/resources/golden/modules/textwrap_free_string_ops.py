import string
text = "the quick brown fox jumps over the lazy dog"
letters = sorted(set(text) - set(" "))
print("".join(letters) == string.ascii_lowercase)
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
enc = text.translate(table)
print(enc, enc.translate(table) == text)
