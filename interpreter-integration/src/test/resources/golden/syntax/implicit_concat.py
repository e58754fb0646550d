s = ("hello "
     'world'
     r" raw\n"
     f" {1+1}")
print(s)
x = "a" "b" "c"
print(x, len(x))
print(b"ab" b"cd")
