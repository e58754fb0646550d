try:
    raise ValueError("v")
except ValueError as err:
    print("in handler", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
err = "kept?"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in dir())
