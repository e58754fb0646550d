i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
j = 0
while True:
    j += 1
    if j == 5:
        break
else:
    print("not printed")
print("j =", j)
n = 0
while n < 0:
    pass
else:
    print("else with zero iterations")
