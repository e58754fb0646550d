# A validation step that collects every error and raises an ExceptionGroup that nobody catches.
from dataclasses import dataclass

@dataclass
class Row:
    id: int
    email: str
    age: str

ROWS = [Row(1, "a@example.com", "31"), Row(2, "not-an-email", "x"), Row(3, "c@example.com", "-4"),
        Row(4, "d@example.com", "44")]

def validate(row):
    problems = []
    if "@" not in row.email:
        problems.append(ValueError(f"row {row.id}: bad email {row.email!r}"))
    try:
        age = int(row.age)
        if age < 0:
            raise ValueError(f"row {row.id}: negative age {age}")
    except ValueError as e:
        e.add_note(f"while checking row {row.id}")
        problems.append(e)
    return problems

errors = []
for row in ROWS:
    found = validate(row)
    print(f"row {row.id}: {'ok' if not found else str(len(found)) + ' problem(s)'}")
    errors.extend(found)

if errors:
    raise ExceptionGroup(f"{len(errors)} validation errors", errors)
print("not reached")
