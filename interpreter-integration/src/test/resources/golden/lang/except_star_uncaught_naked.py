# A naked exception that no except* clause matches leaves the statement unwrapped
try:
    try:
        raise KeyError("inner")
    except* ValueError:
        print("not reached")
finally:
    print("finally runs")
