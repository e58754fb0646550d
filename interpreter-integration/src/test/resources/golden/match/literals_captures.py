# Literal, singleton, capture, wildcard and value patterns.
class Const:
    ZERO = 0
    NAME = "stmj"


def describe(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -1.5e3:
            return "negative float"
        case 3 + 4j:
            return "complex"
        case -2 - 1j:
            return "negative complex"
        case "hello" "world":
            return "concatenated string"
        case b"raw":
            return "bytes"
        case Const.NAME:
            return "value pattern"
        case x:
            return f"captured {x!r}"


for v in [None, True, False, 0, 0.0, -1, 2.5, -1500.0, 3 + 4j, -2 - 1j, "helloworld", b"raw", "stmj", 1, 7, "x", 1.0]:
    print(repr(v), "->", describe(v))

# 1 == True and 0 == False, but True/False/None match by identity
for v in [1, 0, True]:
    match v:
        case True:
            print(v, "is True")
        case 1:
            print(v, "equals 1")
        case _:
            print(v, "other")


# a value pattern is compared with ==, so __eq__ is called
class Loose:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return other == 42


match 42:
    case Const.ZERO:
        print("zero")
    case _ if False:
        print("never")
    case _:
        print("wildcard")

match Loose():
    case 42:
        print("Loose matched 42")

# captures bind in the enclosing scope, even at module level
match [1, 2]:
    case [first, second]:
        pass
print("first", first, "second", second)


def scoped():
    match "inner":
        case value:
            pass
    return value


print(scoped())

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 5


match subject():
    case 1:
        pass
    case 2:
        pass
    case 5:
        print("five, subject evaluated", len(calls), "time(s)")
