"""A mini ORM / validation library: Field descriptors named by __set_name__, models registered and configured by
__init_subclass__ keyword arguments, Model[...] generic aliases through __class_getitem__, a metaclass-free
schema from __annotations__, __repr__/__eq__ generated per class, validation errors collected into one exception,
__post_init__-style hooks, inheritance of fields, and a query builder with chained methods."""


class ValidationError(Exception):
    def __init__(self, errors):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors))
        self.errors = errors


class Field:
    creation = 0

    def __init__(self, kind=None, *, default=..., choices=None, min=None, max=None):
        self.kind, self.default, self.choices, self.min, self.max = kind, default, choices, min, max
        Field.creation += 1
        self.order = Field.creation

    def __set_name__(self, owner, name):
        self.name = name
        self.column = owner.__dict__.get("__prefix__", "") + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, None if self.default is ... else self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

    def check(self, value):
        if value is ... or value is None:
            return "required" if self.default is ... else None
        if self.kind is not None and not isinstance(value, self.kind):
            return f"expected {self.kind.__name__}, got {type(value).__name__}"
        if self.choices is not None and value not in self.choices:
            return f"{value!r} not in {sorted(self.choices)}"
        if self.min is not None and value < self.min:
            return f"{value} < {self.min}"
        if self.max is not None and value > self.max:
            return f"{value} > {self.max}"
        return None

    def __repr__(self):
        return f"<Field {self.name} column={self.column}>"


class Model:
    registry = {}

    def __init_subclass__(cls, table=None, abstract=False, **kw):
        super().__init_subclass__(**kw)
        fields = {}
        for klass in reversed(cls.__mro__):
            for name, val in vars(klass).items():
                if isinstance(val, Field):
                    fields[name] = val
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        if not abstract:
            cls._table = table or cls.__name__.lower() + "s"
            Model.registry[cls._table] = cls

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

    def __init__(self, **values):
        unknown = sorted(set(values) - set(self._fields))
        errors = [(k, "unknown field") for k in unknown]
        for name, field in self._fields.items():
            v = values.get(name, ...)
            problem = field.check(v)
            if problem:
                errors.append((name, problem))
            elif v is not ...:
                setattr(self, name, v)
        if errors:
            raise ValidationError(errors)
        self.__post_init__()

    def __post_init__(self):
        pass

    def __repr__(self):
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)

    __hash__ = None


class Timestamped(Model, abstract=True):
    created = Field(int, default=0)


class User(Timestamped, table="accounts"):
    __prefix__ = "u_"
    name = Field(str)
    age = Field(int, min=0, max=150, default=None)
    role = Field(str, choices={"admin", "user"}, default="user")

    def __post_init__(self):
        self.name = self.name.strip().title()


class Order(Timestamped):
    user = Field(str)
    total = Field((int, float), min=0)


class Query:
    def __init__(self, model, filters=(), order=None, limit=None):
        self.model, self.filters, self.order, self.limit_ = model, tuple(filters), order, limit

    def where(self, **kw):
        return Query(self.model, self.filters + tuple(sorted(kw.items())), self.order, self.limit_)

    def order_by(self, col):
        return Query(self.model, self.filters, col, self.limit_)

    def limit(self, n):
        return Query(self.model, self.filters, self.order, n)

    def __str__(self):
        cols = ", ".join(f.column for f in self.model._fields.values())
        sql = f"SELECT {cols} FROM {self.model._table}"
        if self.filters:
            sql += " WHERE " + " AND ".join(f"{self.model._fields[k].column} = {v!r}" for k, v in self.filters)
        if self.order:
            desc = self.order.startswith("-")
            sql += f" ORDER BY {self.model._fields[self.order.lstrip('-')].column}" + (" DESC" if desc else "")
        if self.limit_ is not None:
            sql += f" LIMIT {self.limit_}"
        return sql


u = User(name="  ada lovelace ", age=36)
print(u, u.role, u.created, User._table, list(User._fields), User.name, Order._fields["total"].column)
print(u == User(name="Ada Lovelace", age=36), u != User(name="x"), sorted(Model.registry), Model[User], User[int], Order["x"])
for bad in [dict(age=-1), dict(name=5, role="root", age=200), dict(name="x", extra=1, nick=2), dict(name="x", age="36")]:
    try:
        User(**bad)
    except ValidationError as e:
        print("ValidationError:", e, len(e.errors))
print(Order(user="ada", total=9.5), Order(user="bob", total=3, created=17))
try:
    Order(user="c", total=-1)
except ValidationError as e:
    print("ValidationError:", e.errors)
print(Query(User).where(name="Ada", role="admin").order_by("-age").limit(5))
print(Query(Order).order_by("total"), "|", Query(User))
try:
    hash(u)
except TypeError as e:
    print("TypeError:", e)
print(Timestamped.__dict__.get("_table", "abstract: no table"), User.__mro__[1].__name__, vars(u))
