import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.ascii_letters, repr(string.whitespace), len(string.punctuation), string.punctuation[:10])
print(len(string.printable), string.capwords("hello   big world"))
print(string.Template("$who likes $what").substitute(who="tim", what="py"))
