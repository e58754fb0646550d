print("key=value=x".partition("="), "key=value=x".rpartition("="), "nosep".partition("="), "nosep".rpartition("="))
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "one\n".splitlines(), "a\n\nb".split("\n"))
