# NameError/AttributeError name and obj, their keyword arguments, "Did you mean" suggestions of the traceback,
# sys.__excepthook__ writing to the current sys.stderr (branch std13b)
import io
import sys


def hook_last_line():
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(*sys.exc_info())
        return sys.stderr.getvalue().splitlines()[-1]
    finally:
        sys.stderr = old


def local_name():
    bluch = 1
    try:
        blech
    except NameError as e:
        print(e.name, hook_last_line())


local_name()
global_for_suggestions = 1
try:
    global_for_suggestion
except NameError:
    print(hook_last_line())
try:
    ZeroDivisionErorr
except NameError:
    print(hook_last_line())
try:
    completely_unrelated_identifier_xyz
except NameError:
    print(hook_last_line())


class A:
    bluch = 1
    Case = 2


for attr in ("blech", "case", "zzzzzz"):
    try:
        getattr(A(), attr)
    except AttributeError as e:
        print(e.name, type(e.obj).__name__, hook_last_line())
try:
    sys.maxsizee
except AttributeError as e:
    print(e.obj is sys, hook_last_line())

e = AttributeError("m", name="n", obj=3)
print(e.args, e.name, e.obj, AttributeError().name, AttributeError().obj)
print(NameError("x", name="y").name, ImportError("m", name="a", path="p").path, ImportError().path)
for make in (lambda: ValueError("x", name=1), lambda: NameError("x", obj=1), lambda: BaseException(a=1)):
    try:
        make()
    except TypeError as e:
        print(e)


class MyError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


print(MyError("m", code=3).args, MyError("m", code=3).code)
