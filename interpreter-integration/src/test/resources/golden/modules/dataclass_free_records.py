from collections import namedtuple
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("a", "x", 10), Emp("b", "y", 30), Emp("c", "x", 20)]
by = {}
for e in staff:
    by.setdefault(e.dept, []).append(e.salary)
print({k: sum(v) for k, v in sorted(by.items())})
print(max(staff, key=lambda e: e.salary).name, sorted(staff, key=lambda e: -e.salary)[0]._replace(salary=0))
