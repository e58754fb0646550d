import sys
def f():
    raise ValueError("inner")
try:
    f()
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    raise Exception("base")
except BaseException as e:
    print("BaseException caught", e)
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is Exception:", type(e).__name__)
print(issubclass(RecursionError, RuntimeError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError))
