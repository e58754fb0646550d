# type.__dict__ holds the getset descriptors __name__, __qualname__ and __doc__: their __get__/__set__/__delete__
# work on classes, refuse built-in types and refuse deletion; a class's __qualname__ must be a str.
def attempt(label, f):
    try:
        print(label, "->", f())
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


class X:
    "elephant"


class Y:
    class Inside:
        pass


td = type.__dict__
for n in ("__name__", "__qualname__", "__doc__"):
    print(n, repr(td[n]), type(td[n]).__name__)
attempt("get doc", lambda: td["__doc__"].__get__(X))
attempt("get name", lambda: td["__name__"].__get__(Y.Inside))
attempt("get qualname", lambda: td["__qualname__"].__get__(Y.Inside))
attempt("get on non-type", lambda: td["__name__"].__get__(3))
X.__doc__ = "banana"
attempt("doc after assignment", lambda: X.__doc__)
attempt("set doc of list", lambda: td["__doc__"].__set__(list, "blah"))
attempt("delete doc of X", lambda: td["__doc__"].__delete__(X))
attempt("doc still", lambda: X.__doc__)
attempt("set qualname of str", lambda: td["__qualname__"].__set__(str, "Oink"))
td["__qualname__"].__set__(X, "Renamed")
attempt("qualname set through descriptor", lambda: X.__qualname__)
td["__name__"].__set__(X, "NewName")
attempt("name set through descriptor", lambda: (X.__name__, X.__qualname__))
attempt("name set to int", lambda: td["__name__"].__set__(X, 3))


def del_qualname():
    del X.__qualname__


def del_doc():
    del X.__doc__


def del_name():
    del X.__name__


attempt("del X.__qualname__", del_qualname)
attempt("del X.__doc__", del_doc)
attempt("del X.__name__", del_name)
attempt("names kept", lambda: (X.__name__, X.__qualname__, X.__doc__))
attempt("type qualname from dict", lambda: type("Foo", (), {"__qualname__": "some.name"}).__qualname__)
ns = {"__qualname__": "some.name"}
tp = type("Foo", (), ns)
attempt("not in the class dict", lambda: ("__qualname__" in tp.__dict__, ns))
attempt("qualname int", lambda: type("Foo", (), {"__qualname__": 1}))


class Documented:
    @property
    def __doc__(self):
        return "instance doc"


attempt("doc property on instance", lambda: Documented().__doc__)
attempt("doc of class with doc property", lambda: type(Documented.__doc__).__name__)
attempt("dir(type) has them", lambda: [n for n in ("__name__", "__qualname__", "__doc__") if n in dir(type)])
