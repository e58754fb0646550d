# string literals with an escape that means nothing: DeprecationWarning at compile time (CPython 3.11)
import warnings


def show(src, mode="eval"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always", category=DeprecationWarning)
        if mode == "eval":
            v = eval(src)
        else:
            v = compile(src, "<snippet>", mode)
            v = type(v).__name__
    print(repr(v), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])


show(r"'\d'")
show(r"b'\d'")
show(r"'\407'")
show(r"b'\407'")
show("'''\n\\z'''")
show(r"'\n\t\x41\101'")
show(r"r'\d'")
show("x = 1\ny = '\\q'\n", "exec")
show(r"b'\u0041'")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error", category=DeprecationWarning)
    try:
        eval("'''\n\\z'''")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
    print(w)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always", category=DeprecationWarning)
    try:
        eval("'\\e' $")
    except SyntaxError as e:
        print("SyntaxError", type(e).__name__)
    print(len(w), w[0].category.__name__)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore", category=DeprecationWarning)
    print(eval(r"'\d' + '\w'"), len(w))
