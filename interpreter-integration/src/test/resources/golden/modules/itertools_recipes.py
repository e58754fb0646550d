from itertools import islice, chain, groupby, count, product, permutations
def window(seq, n):
    it = iter(seq)
    win = tuple(islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win
print(list(window(range(6), 3)))
def chunks(seq, n):
    it = iter(seq)
    while True:
        c = list(islice(it, n))
        if not c:
            return
        yield c
print(list(chunks("abcdefg", 3)))
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"])
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
print(sum(1 for p in permutations(range(5)) if all(p[i] != i for i in range(5))))
print(["".join(p) for p in product("01", repeat=3)])
print(next(n for n in count(1) if n * n > 200))
