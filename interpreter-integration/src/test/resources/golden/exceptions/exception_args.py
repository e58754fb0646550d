e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(Exception(1, 2)), repr(Exception("a")))
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
x = OSError(2, "No such file")
print(x.errno, x.strerror, str(x))
print(isinstance(e, Exception), isinstance(e, BaseException), issubclass(KeyboardInterrupt, Exception))
