import random
random.seed(99)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
walk = 0
path = []
for _ in range(20):
    walk += random.choice((-1, 1))
    path.append(walk)
print(path)
inside = sum(1 for _ in range(10000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(inside, 4 * inside / 10000)
