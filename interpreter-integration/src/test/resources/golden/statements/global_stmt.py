counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def make():
    global new_name
    new_name = "created"
make()
print(new_name)
def reader():
    return counter * 2
print(reader())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
