total = 0
for i in range(1, 101):
    if i % 3 == 0 and i % 5 == 0:
        total += i * 2
    elif i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
out = []
for i in range(1, 16):
    out.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(out))
