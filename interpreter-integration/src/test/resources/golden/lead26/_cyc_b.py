import _cyc_a
try:
    seen = _cyc_a.VALUE
except AttributeError as e:
    seen = str(e)
    print("name:", e.name, "obj is module:", e.obj is _cyc_a)
