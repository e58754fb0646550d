# An exception group that escapes: what except* did not handle, printed as CPython 3.11 prints groups
def work(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")

errors = []
for i in range(4):
    try:
        work(i)
    except Exception as e:
        errors.append(e)
note = KeyError("with notes")
note.add_note("first note")
note.add_note("second\nnote")
errors.append(ExceptionGroup("inner", [note, ZeroDivisionError("z")]))
print("raising", len(errors))
try:
    raise ExceptionGroup("many problems", errors)
except* TypeError as e:
    print("handled", [str(x) for x in e.exceptions])
