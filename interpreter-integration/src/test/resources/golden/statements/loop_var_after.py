for i in range(3):
    pass
print(i)
for j in []:
    pass
print("j" in globals())
k = "before"
for k in "ab":
    pass
print(k)
while False:
    m = 1
print("m" in globals())
