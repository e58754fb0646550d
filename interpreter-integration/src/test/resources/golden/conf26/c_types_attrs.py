# Setting attributes on instances of C-implemented types, and the dotted names CPython's messages show for
# array.array, collections.deque, collections.OrderedDict and collections.defaultdict.
import array
import collections
import datetime


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> ok", r)


d = datetime.date(2024, 2, 29)
dt = datetime.datetime(2024, 2, 29, 12, 30)
td = datetime.timedelta(days=2, seconds=5)
tm = datetime.time(8, 15)
attempt("date.x", lambda: setattr(d, "x", 1))
attempt("date.year", lambda: setattr(d, "year", 2000))
attempt("del date.month", lambda: delattr(d, "month"))
attempt("datetime.hour", lambda: setattr(dt, "hour", 1))
attempt("datetime.year", lambda: setattr(dt, "year", 1))
attempt("time.minute", lambda: setattr(tm, "minute", 1))
attempt("time.tzinfo", lambda: setattr(tm, "tzinfo", None))
attempt("timedelta.days", lambda: setattr(td, "days", 1))
attempt("timedelta.total", lambda: setattr(td, "total", 1))
attempt("timezone.x", lambda: setattr(datetime.timezone.utc, "x", 1))
for obj in (5, "text", object(), 2.5, (1, 2), b"b", None, True, 1j, frozenset()):
    attempt(type(obj).__name__ + ".attr", lambda: setattr(obj, "attr", 1))
attempt("int.attr", lambda: setattr(int, "attr", 1))
attempt("str.upper", lambda: setattr(str, "upper", None))
attempt("object.x", lambda: setattr(object, "x", 1))
attempt("del int.real", lambda: delattr(7, "real"))


class MyDate(datetime.date):
    pass


md = MyDate(2020, 1, 1)
md.note = "subclass instances have a dict"
print(md.note, type(md).__name__)
attempt("MyDate.year", lambda: setattr(md, "year", 3))

arr = array.array("i", [1, 2, 3])
dq = collections.deque([1, 2], maxlen=5)
od = collections.OrderedDict(a=1)
dd = collections.defaultdict(list)
attempt("array.x", lambda: setattr(arr, "x", 1))
attempt("deque.x", lambda: setattr(dq, "x", 1))
attempt("array.foo", lambda: arr.foo)
attempt("deque.foo", lambda: dq.foo)
attempt("odict.foo", lambda: od.foo)
attempt("ddict.foo", lambda: dd.foo)
attempt("array+1", lambda: arr + 1)
attempt("deque+1", lambda: dq + 1)
attempt("list+deque", lambda: [1] + dq)
attempt("odict+1", lambda: od + 1)
attempt("ddict-1", lambda: dd - 1)
attempt("array<1", lambda: arr < 1)
attempt("hash(array)", lambda: hash(arr))
attempt("hash(deque)", lambda: hash(dq))
attempt("hash(odict)", lambda: hash(od))
attempt("array[1:2:0]", lambda: arr["x"])
attempt("array(1)", lambda: array.array(1))
attempt("array('ii')", lambda: array.array("ii"))
attempt("array('z')", lambda: array.array("z"))
attempt("len(deque type)", lambda: len(collections.deque))
attempt("iter(5)", lambda: iter(5))
attempt("deque()()", lambda: dq())
attempt("array()()", lambda: arr())
print(repr(arr), repr(dq), repr(od), repr(dd), str(collections.deque()))
print(type(arr), type(dq), type(od), type(dd))
print(array.array.__name__, array.array.__qualname__, array.array.__module__, collections.deque.__name__,
      collections.OrderedDict.__name__, collections.OrderedDict.__module__, collections.defaultdict.__name__)
print(isinstance(arr, array.ArrayType), arr.typecode, arr.itemsize, arr.tolist())


class MyDeque(collections.deque):
    pass


class MyOD(collections.OrderedDict):
    pass


print(repr(MyDeque([1])), repr(MyOD(b=2)))
attempt("MyDeque+1", lambda: MyDeque() + 1)
attempt("MyOD.foo", lambda: MyOD().foo)
