"""An employee payroll hierarchy: super() chains, MRO, properties with setters/deleters, class/static methods."""
from functools import total_ordering, cached_property


class Base:
    def __init__(self, **kw):
        print(f"  Base.__init__ leftover={sorted(kw)}")
        super().__init__()


class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        print(f"  Named.__init__({name})")
        super().__init__(**kw)


class Paid(Base):
    def __init__(self, salary=0, **kw):
        self._salary = salary
        print(f"  Paid.__init__({salary})")
        super().__init__(**kw)

    @property
    def salary(self):
        return self._salary

    @salary.setter
    def salary(self, value):
        if value < 0:
            raise ValueError("salary must be >= 0")
        self._salary = value

    @salary.deleter
    def salary(self):
        print("  salary deleted")
        self._salary = 0


@total_ordering
class Employee(Named, Paid):
    count = 0

    def __init__(self, name, salary, **kw):
        super().__init__(name=name, salary=salary, **kw)
        Employee.count += 1

    def __eq__(self, other):
        return (self.salary, self.name) == (other.salary, other.name)

    def __lt__(self, other):
        return (self.salary, self.name) < (other.salary, other.name)

    __hash__ = None

    @classmethod
    def from_csv(cls, line):
        name, salary = line.split(",")
        return cls(name, int(salary))

    @staticmethod
    def tax(amount):
        return round(amount * 0.3, 2)

    def describe(self):
        return f"{type(self).__name__} {self.name} earns {self.salary}"

    @cached_property
    def badge(self):
        print("  computing badge")
        return self.name[:2].upper() + str(Employee.count)


class Manager(Employee):
    def __init__(self, name, salary, reports=(), **kw):
        super().__init__(name, salary, **kw)
        self.reports = list(reports)

    def describe(self):
        base = super().describe()
        return f"{base} and manages {len(self.reports)}"

    @property
    def salary(self):
        return super().salary + 100 * len(getattr(self, "reports", []))


print([c.__name__ for c in Manager.__mro__])
e1 = Employee("ann", 3000)
e2 = Employee.from_csv("bob,2500")
m = Manager("cy", 5000, reports=[e1, e2], extra_flag=True)
for p in (e1, e2, m):
    print(p.describe())
print(sorted([e1, m, e2])[0].name, e1 > e2, e1 <= e1, Employee.tax(1000), m.tax(10), Employee.count)
print(e1.badge, e1.badge, e1.__dict__.get("badge"))
e1.salary = 3100
try:
    e1.salary = -1
except ValueError as e:
    print("ValueError:", e)
del e1.salary
print(e1.salary)
try:
    m.salary = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(e1)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Named, Base, Paid):
        pass
    print("Bad mro", [c.__name__ for c in Bad.__mro__])

    class Worse(Base, Named):
        pass
except TypeError as e:
    print("TypeError:", e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()

    def skip(self):
        return super(B, self).who()

    @classmethod
    def cls_who(cls):
        return super().__name__ if False else super(D, cls).who


print(D().who(), D().skip(), D.cls_who().__qualname__, super(D, D()).who())
try:
    def outside():
        return super().who()
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
print(isinstance(m, Paid), issubclass(Manager, Named), Manager.__base__.__name__, Manager.__bases__)
print(Employee.__dict__["describe"].__qualname__, vars(Paid)["salary"].fset.__name__, type(Employee.badge).__name__)
print(m.__class__.__name__, m.reports[0].name, getattr(super(Manager, m), "salary"))
