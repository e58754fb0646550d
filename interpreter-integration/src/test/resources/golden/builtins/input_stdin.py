name = input()
print("Hello,", name)
n = int(input("number? "))
print("squared:", n * n)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print(rest)
