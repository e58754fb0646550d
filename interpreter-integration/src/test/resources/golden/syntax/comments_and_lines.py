# comment line
x = 1 + \
    2 + \
    3  # trailing comment
print(x)
y = [1,
     2,  # inside brackets
     3]
print(y)
if x: print("one-line if")
a = 1; b = 2; print(a + b)
def f(): return "one-line def"
print(f())
