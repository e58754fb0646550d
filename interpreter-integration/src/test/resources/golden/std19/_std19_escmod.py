# helper of escape_warning_import.py: compiled on import, its literals warn as CPython's compiler does
PATTERN = "\d+"
RAW = r"\d+"
DATA = b"\q"


def small(x):
    return x is 1
