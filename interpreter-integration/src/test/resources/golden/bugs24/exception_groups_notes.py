"""Error aggregation as a validation library does it: add_note, ExceptionGroup split/subgroup/derive,
nested groups with except*, re-raising from except*, BaseExceptionGroup promotion, and an uncaught group with
notes on stderr."""


class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def validate(rec):
    errors = []
    if not rec.get("name"):
        errors.append(ValidationError("name", "required"))
    age = rec.get("age")
    try:
        age = int(age)
        if age < 0:
            raise ValidationError("age", "negative")
    except (TypeError, ValueError) as e:
        if not isinstance(e, ValidationError):
            e = ValidationError("age", f"not a number ({age!r})")
        e.add_note(f"record id {rec.get('id')}")
        errors.append(e)
    if "@" not in rec.get("email", ""):
        errors.append(KeyError("email"))
    if errors:
        raise ExceptionGroup(f"record {rec.get('id')} invalid", errors)
    return rec


records = [{"id": 1, "name": "ann", "age": "30", "email": "a@x"},
           {"id": 2, "name": "", "age": "x", "email": "b"},
           {"id": 3, "name": "cy", "age": -4, "email": "c@x"}]
for r in records:
    try:
        validate(r)
        print("ok", r["id"])
    except* ValidationError as eg:
        for e in eg.exceptions:
            print("  validation:", e, getattr(e, "__notes__", []))
    except* KeyError as eg:
        print("  missing keys:", [str(e) for e in eg.exceptions])

try:
    validate(records[1])
except ExceptionGroup as eg:
    print(eg.message, len(eg.exceptions), repr(eg)[:40])
    match, rest = eg.split(ValidationError)
    print(type(match).__name__, [str(e) for e in match.exceptions], [repr(e) for e in rest.exceptions])
    print(eg.subgroup(lambda e: isinstance(e, KeyError)).exceptions, eg.subgroup(OSError))
    d = eg.derive([RuntimeError("x")])
    print(type(d).__name__, d.message, d.exceptions)

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
try:
    raise nested
except* ValueError as eg:
    print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))

try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        raise RuntimeError("replaced")
except ExceptionGroup as eg:
    print("raised from except*:", repr(eg), [type(e).__name__ for e in eg.exceptions])

bg = BaseExceptionGroup("b", [ValueError(1)])
print(type(bg).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
for args in [("m", []), ("m", [1]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print("plain wrapped:", repr(eg))
        raise
except ExceptionGroup as eg:
    print("re-raised as group?", type(eg).__name__)
except ValueError as e:
    print("re-raised plain:", e)

e = TypeError("t")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)


def check_all():
    raise ExceptionGroup("final", [ValueError("a"), ExceptionGroup("sub", [KeyError("b")])])


try:
    check_all()
except* KeyError:
    print("handled keys only")
