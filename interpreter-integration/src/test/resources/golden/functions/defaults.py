def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("A"))
print(greet("B", "Hi"))
print(greet("C", punct="?"))
print(greet(greeting="Yo", name="D"))
print(greet.__defaults__)
N = 5
def f(x=N):
    return x
N = 6
print(f())
