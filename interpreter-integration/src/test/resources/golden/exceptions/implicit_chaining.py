try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError("first")
    finally:
        pass
except TypeError as e:
    print(e.__context__)
def h():
    try:
        raise OSError("a")
    except OSError:
        try:
            raise KeyError("b")
        except KeyError as k:
            return k
k = h()
print(repr(k), repr(k.__context__))
