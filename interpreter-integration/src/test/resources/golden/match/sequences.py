# Sequence patterns: fixed length, star captures, nesting, and what counts as a sequence.
import collections
import collections.abc


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [*init, "end"]:
            return f"ends with 'end', init={init}"
        case [a, *mid, z] if a == z:
            return f"same ends {a}, middle={mid}"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case [[x, y], [z, *_]]:
            return f"nested {x} {y} {z}"
        case [*_]:
            return f"long sequence of {len(v)}"
        case _:
            return f"not a sequence: {type(v).__name__}"


tests = [[], [1], (1, 2), [0, 1, 2, 3], ["a", "b", "end"], [7, 1, 2, 7], (1, 2, 3),
         [[1, 2], [3, 4]], [1, 2, 3, 4, 5], range(3), range(0, 10, 3), "abc", b"ab", bytearray(b"xy"),
         {1: 2}, {1, 2}, 42, collections.deque([1, 2]), iter([1, 2]), [[1, 2], [3]]]
for t in tests:
    print(type(t).__name__ if type(t).__name__.endswith("iterator") else repr(t), "->", shape(t))

# the star capture is always a list
match (1, 2, 3, 4):
    case (first, *others):
        print(type(others).__name__, others)

match range(5):
    case [a, b, *c]:
        print(a, b, c)

# *_ in the middle, wildcards everywhere
match [1, 2, 3, 4, 5, 6]:
    case [_, second, *_, last]:
        print("second", second, "last", last)

# open sequence pattern at the top level, and a tuple subject
point = (3, 4)
match point:
    case 0, 0:
        print("origin")
    case x, 0:
        print("on x axis", x)
    case x, y:
        print("point", x, y)

match 1, [2, 3]:
    case a, [b, c]:
        print(a + b + c)


class MySeq(collections.abc.Sequence if hasattr(collections, "abc") else object):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


match MySeq(1, 2):
    case [a, b]:
        print("user Sequence", a, b)
    case _:
        print("user Sequence not matched")
