# A UTF-8 byte order mark at the start of a file is skipped.
s = 'été'
print(s, len(s))
