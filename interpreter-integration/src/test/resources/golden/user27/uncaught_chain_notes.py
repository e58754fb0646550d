"""A config loader whose final error escapes with a chained traceback and notes."""
import sys


class ConfigError(Exception):
    pass


def parse_line(lineno, line):
    key, sep, value = line.partition("=")
    if not sep:
        raise ValueError(f"line {lineno}: missing '='")
    if not key.strip():
        raise KeyError("empty key")
    return key.strip(), value.strip()


def load(text):
    conf = {}
    for i, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        try:
            k, v = parse_line(i, line)
        except ValueError as e:
            err = ConfigError(f"cannot parse config")
            err.add_note(f"while reading line {i}: {line!r}")
            raise err from e
        conf[k] = v
    return conf


print(load("a = 1\n# comment\nb=2"))
try:
    load("= 3")
except KeyError as e:
    print("KeyError", e)


def cleanup():
    try:
        load("x=1\nbroken line\n")
    finally:
        print("cleanup ran", file=sys.stderr)


def main():
    try:
        cleanup()
    except ConfigError as e:
        print("caught", e, e.__notes__, type(e.__cause__).__name__)
        try:
            {}["missing"]
        except KeyError:
            raise RuntimeError("fallback failed")


sys.stdout.flush()
main()
