from itertools import permutations, combinations, combinations_with_replacement, product
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2))[:6], len(list(permutations(range(5), 3))))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)))
print(list(combinations_with_replacement("ab", 2)))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))), list(product([0, 1], repeat=2)))
print(list(product()), list(combinations([], 0)), list(permutations([], 0)))
