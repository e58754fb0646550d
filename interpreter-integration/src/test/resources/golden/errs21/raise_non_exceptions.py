def f():
    raise "an error string"
try:
    f()
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except TypeError as e:
    print(e)
except ValueError:
    print("value error passes the bad except")
try:
    try:
        raise KeyError
    except "abc":
        pass
except TypeError as e:
    print(e)
raise
