import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.mul(4, 5), operator.sub(1, 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.not_(0), operator.eq(1, 1), operator.lt(2, 1))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.getitem([1, 2], 1), operator.contains("abc", "b"))
rows = [("b", 2, 9), ("a", 2, 1), ("c", 1, 5)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0, 2)(rows[0]), list(map(itemgetter(2), rows)))
class P:
    def __init__(self, n, a): self.name, self.age = n, a
    def greet(self, g): return g + " " + self.name
ps = [P("x", 3), P("y", 1)]
print([p.name for p in sorted(ps, key=attrgetter("age"))], attrgetter("name", "age")(ps[0]))
print(methodcaller("greet", "hi")(ps[0]), methodcaller("upper")("abc"))
from functools import reduce
print(reduce(operator.mul, range(1, 8)), operator.index(5), operator.concat([1], [2]))
