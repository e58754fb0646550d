"""An ETL pipeline with an exception hierarchy, finally ordering and context/cause."""
import traceback
import sys


class PipelineError(Exception):
    def __init__(self, stage, message):
        super().__init__(f"[{stage}] {message}")
        self.stage = stage


class ExtractError(PipelineError):
    pass


class TransformError(PipelineError):
    pass


class ValidationError(TransformError):
    def __init__(self, stage, field, value):
        super().__init__(stage, f"invalid {field}={value!r}")
        self.field = field

    def __str__(self):
        return super().__str__() + f" (field {self.field})"


events = []


def extract(source):
    events.append(f"extract {source}")
    try:
        if source == "missing.csv":
            open(source)
        return [{"id": "1", "amount": "10"}, {"id": "2", "amount": "x"}, {"id": "3", "amount": "-4"}]
    except OSError as e:
        raise ExtractError("extract", f"{source}: {e.strerror}") from e
    finally:
        events.append("extract cleanup")


def transform(rows):
    out = []
    for row in rows:
        try:
            amount = int(row["amount"])
        except ValueError:
            raise ValidationError("transform", "amount", row["amount"])
        if amount < 0:
            raise ValidationError("transform", "amount", amount) from None
        out.append(amount)
    return out


def run(source):
    try:
        rows = extract(source)
        return transform(rows[:1]) + transform(rows[2:])
    except TransformError as e:
        events.append(f"transform failed: {e}")
        return []
    else:
        events.append("no error")
    finally:
        events.append(f"done {source}")


print(run("data.csv"), events)
events.clear()
try:
    run("missing.csv")
except PipelineError as e:
    print(type(e).__name__, e.stage, e, type(e.__cause__).__name__, e.__cause__.errno, e.__suppress_context__)
print(events)
try:
    transform([{"amount": "x"}])
except ValidationError as e:
    print(repr(e), e.args, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
    tb = traceback.format_exception(e)
    print(len(tb), tb[-1].strip())
try:
    transform([{"amount": "-1"}])
except ValidationError as e:
    print(e, e.__suppress_context__, type(e.__context__).__name__ if e.__context__ else None)
print(issubclass(ValidationError, PipelineError), ValidationError.__mro__[1:3])


def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["k"]
    except KeyError as e:
        return e


e = nested()
print(repr(e), repr(e.__context__), e.__context__.__context__)
lines = traceback.format_exception_only(type(e), e)
print(lines)


def f():
    try:
        return "try"
    finally:
        print("finally runs before return value is used")


print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return i


print(g())
try:
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b")])
except* ValueError as eg:
    print("caught", eg.exceptions)
except* TypeError as eg:
    print("caught", eg.exceptions)
err = ValueError("with note")
err.add_note("row 17")
print(err.__notes__, traceback.format_exception_only(err))
sys.stdout.flush()
raise ValidationError("load", "total", 3.5) from KeyError("total")
