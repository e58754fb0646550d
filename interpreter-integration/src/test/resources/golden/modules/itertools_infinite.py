from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 7)), list(repeat("x", 3)), list(islice(repeat(0), 2)))
print(list(zip(count(1), "abc")), list(map(pow, range(5), repeat(2))))
