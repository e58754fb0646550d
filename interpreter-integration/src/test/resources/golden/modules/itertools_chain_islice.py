from itertools import chain, islice, zip_longest, accumulate, takewhile, dropwhile, groupby, starmap, tee, compress
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 0, None, 3)))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest([1], [])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print([(k, list(g)) for k, g in groupby("aaabccaa")], list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
