import random
random.seed(42)
print([round(random.gauss(0, 1), 12) for _ in range(4)])
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice([1, 2, 3]))
random.seed("text seed")
print(random.random())
random.seed(2 ** 100)
print(random.randint(0, 10 ** 20))
