import random
rng = random.Random(2024)
print([rng.randint(-5, 5) for _ in range(12)])
print([round(rng.uniform(-1, 1), 10) for _ in range(3)])
print(rng.choices("abc", k=5), rng.choices([1, 2, 3], weights=[10, 1, 1], k=4))
deck = list(range(20))
rng.shuffle(deck)
print(deck)
print(round(rng.expovariate(1.5), 10), round(rng.triangular(0, 10), 10), round(rng.betavariate(2, 3), 10))
