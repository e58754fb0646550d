class ConfigError(Exception): pass
def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ConfigError(f"missing {k}") from e
try:
    load({}, "port")
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
