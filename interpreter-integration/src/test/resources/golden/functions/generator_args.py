def consume(it):
    return list(it)
print(consume(x * 2 for x in range(4)))
print(sum(x for x in range(101)))
print(",".join(str(i) for i in range(5)))
print(dict((k, len(k)) for k in ["a", "bb"]))
print(sorted((x % 3, x) for x in range(6)))
print(set(c for c in "mississippi") == set("misp"))
