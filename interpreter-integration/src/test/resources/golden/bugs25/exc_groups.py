import traceback

class AppError(Exception):
    pass

class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(f"{table}: {msg}")
        self.table = table

def validate(rec):
    errs = []
    if not rec.get("name"):
        errs.append(ValueError("name missing"))
    if not isinstance(rec.get("age"), int):
        errs.append(TypeError(f"age must be int, got {type(rec.get('age')).__name__}"))
    elif rec["age"] < 0:
        errs.append(ValueError("age negative"))
    if errs:
        raise ExceptionGroup(f"record {rec.get('id')}", errs)

recs = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "age": "x"}, {"id": 3, "name": "c", "age": -1}]
for r in recs:
    try:
        validate(r)
        print("ok", r["id"])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)]), DbError("t", "x")])
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, DbError)))))
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(eg.derive([ValueError(9)]))
try:
    raise eg
except* AppError as g:
    print("app", g.exceptions)
except* LookupError as g:
    print("lookup", repr(g))
except* Exception as g:
    print("rest", repr(g))

try:
    try:
        raise DbError("users", "locked")
    except AppError as e:
        e.add_note("while saving user 7")
        e.add_note("retry later")
        raise RuntimeError("save failed") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__, e.__cause__.__notes__)
    lines = traceback.format_exception_only(type(e.__cause__), e.__cause__)
    print("".join(lines), end="")

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("wrapped")
try:
    f()
except ValueError as e:
    print(type(e.__context__).__name__, e.__suppress_context__)

try:
    raise ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)

try:
    try:
        raise ExceptionGroup("many", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled v")
except ExceptionGroup as leftover:
    print("leftover", leftover, leftover.exceptions)

class Resource:
    def __init__(self, n): self.n = n
    def __enter__(self): print("open", self.n); return self
    def __exit__(self, t, v, tb):
        print("close", self.n, t.__name__ if t else None)
        return t is KeyError
with Resource(1), Resource(2):
    raise KeyError("swallowed")
print("after")
try:
    with Resource(3):
        raise IndexError("kept")
except IndexError as e:
    print("caught", e)
try:
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
except Exception as e:
    traceback.print_exception(e, limit=0, file=__import__("sys").stdout)
