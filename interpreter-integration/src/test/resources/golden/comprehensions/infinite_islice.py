from itertools import islice, count
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 5)))
print(list(islice(naturals(), 2, 12, 3)))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 15)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(next(islice(fib(), 50, None)))
