# bound-method repr names the callable by __qualname__/__name__; duplicate bases; builtin functions are final
import types


class MyCallable:
    def __call__(self, arg):
        pass


func = MyCallable()
method = types.MethodType(func, object())
print(repr(method).split(" of ")[0])
func.__name__ = "name"
print(repr(method).split(" of ")[0])
func.__qualname__ = "qualname"
print(repr(method).split(" of ")[0])


class A:
    pass


class B(A):
    pass


for bases in ((A, A), (A, B)):
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError:", str(e).replace("\n", " "))
try:
    class C(type(len)):
        pass
except TypeError as e:
    print("TypeError:", e)
