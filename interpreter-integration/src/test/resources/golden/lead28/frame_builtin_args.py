# The frame built-ins and exec() refuse wrong arguments with CPython 3.11's messages, and work with right ones.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("globals()", lambda: globals())
attempt("globals(1)", lambda: globals(1))
attempt("globals(x=1)", lambda: globals(x=1))
attempt("locals()", lambda: locals())
attempt("locals(1, 2)", lambda: locals(1, 2))
attempt("vars()", lambda: vars())
attempt("vars(1, 2)", lambda: vars(1, 2))
attempt("vars(o=1)", lambda: vars(o=1))
attempt("exec()", lambda: exec())
attempt("exec(1, 2, 3, 4)", lambda: exec("x = 1", {}, {}, {}))
attempt("exec(globals=)", lambda: exec("x = 1", globals={}))
attempt("exec(locals=)", lambda: exec("x = 1", {}, locals={}))
ns = {}
exec("y = 6 * 7", ns)
print("exec ok:", ns["y"])
print("globals is module dict:", globals() is vars())


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))
