def run(fail):
    try:
        print("try")
        if fail:
            raise ValueError("x")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
run(True)
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested()
