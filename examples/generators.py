"""Generators, yield from, send and a small pipeline."""


def numbers(n):
    for i in range(n):
        yield i


def squares(source):
    for x in source:
        yield x * x


def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


def chain(*gens):
    for g in gens:
        yield from g


print(sum(squares(numbers(10))))
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
print(list(chain(numbers(3), "ab")))
