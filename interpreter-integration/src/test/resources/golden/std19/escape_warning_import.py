# The compiler's warnings of an imported module (invalid escapes, "is" with a literal) are issued when the
# module is compiled from source, through the warnings module's filters, as CPython does; an error filter makes
# the import a SyntaxError.
import os
import sys
import warnings

sys.dont_write_bytecode = True  # compiled from source at every import below (no cached code is written)


def show(records):
    for r in records:
        print(" ", r.category.__name__, str(r.message), os.path.basename(r.filename), r.lineno)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import _std19_escmod
print("first import:", len(w), "warnings")
show(w)
print(_std19_escmod.PATTERN, _std19_escmod.RAW, _std19_escmod.DATA)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import _std19_escmod
print("already imported:", len(w), "warnings")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("always", DeprecationWarning)
    del sys.modules["_std19_escmod"]
    import _std19_escmod
print("imported again, SyntaxWarning ignored:", len(w), "warnings")
show(w)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    del sys.modules["_std19_escmod"]
    try:
        import _std19_escmod
    except SyntaxError as e:
        print("error filter:", type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno)
print("in sys.modules after the error:", "_std19_escmod" in sys.modules)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    code = compile("s = '\\z'\n", "<probe>", "exec")
print("compile():", [str(r.message) for r in w])
