# OR patterns, AS patterns, guards, and how captures interact with them.


def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["get" | "take", item] | ["pick", "up", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [("look" | "l") as verb]:
            return f"looking ({verb})"
        case [verb, *_] if len(verb) > 6:
            return f"verb too long: {verb}"
        case _:
            return "?"


for c in ["go north", "go up", "take lamp", "get key", "pick up sword", "drop a b c", "drop", "look", "l",
          "teleport home", "jump"]:
    print(f"{c!r:18} -> {classify(c)}")


# nested OR inside sequences, with the same names bound in each alternative
def pairs(v):
    match v:
        case [(0, x) | (x, 0)]:
            return f"axis value {x}"
        case [(1 | 2 | 3) as small, (4 | 5) as big]:
            return f"small {small}, big {big}"
        case [[a, b] | (a, b, _)]:
            return f"a={a} b={b}"
        case _:
            return "none"


for v in [[(0, 7)], [(8, 0)], [2, 5], [3, 6], [[1, 2]], [(1, 2, 3)], [(1, 2, 3, 4)]]:
    print(v, "->", pairs(v))

# a guard sees the captures; a failing guard moves on to the next case
for n in range(6):
    match n:
        case x if x % 2 == 0 and x > 2:
            print(n, "big even")
        case x if x % 2 == 0:
            print(n, "small even")
        case x:
            print(n, "odd")

# the guard is evaluated only when the pattern matched
evaluated = []


def guard(tag):
    evaluated.append(tag)
    return False


match [1, 2]:
    case [1] if guard("a"):
        pass
    case [1, 2] if guard("b"):
        pass
    case [x, y] if guard("c"):
        pass
    case _:
        pass
print("guards evaluated:", evaluated)

# AS binds the whole subject of its sub-pattern
match {"point": [1, 2]}:
    case {"point": [x, y] as pt} as whole:
        print(pt, x, y, whole)

# walrus in a guard
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# break and continue inside case bodies, return from a case in a loop
for i in range(10):
    match i:
        case 1 | 3:
            continue
        case 6:
            break
        case _:
            print("loop", i)


def first_negative(xs):
    for x in xs:
        match x:
            case int(n) if n < 0:
                return n
    return None


print(first_negative([3, 0, -4, -5]))
