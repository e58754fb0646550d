"""A deprecation-aware library and its shutdown: warnings.warn with categories and stacklevel, filters (simplefilter,
filterwarnings with message/module regexes, once/always/error/ignore), catch_warnings(record=True), showwarning
and formatwarning replaced, warnings turned into exceptions, then atexit handlers (LIFO, arguments, unregister,
an exception inside one) and sys.exit with a message: stderr gets the message, the exit code is 1."""
import atexit
import sys
import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def risky(level):
    warnings.warn(f"risky level {level}", UserWarning)
    return level


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    risky(3)
    warnings.warn("bytes and str", BytesWarning)
    warnings.warn(RuntimeWarning("an instance"))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno > 0, w.filename.endswith("warn_exit.py"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        risky(1)
    warnings.simplefilter("once")
    for i in range(3):
        risky(2)
    warnings.filterwarnings("ignore", message=r"risky level 9")
    risky(9)
    risky(8)
print(len(caught), [str(w.message) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        risky(5)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    print(old_api(4))
shown = []


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append(f"{category.__name__}: {message}")


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    risky(7)
    old_api(2)
print(shown)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="x = 1").rstrip("\n"))
print(warnings.formatwarning("msg", FutureWarning, "mod.py", 3, line="").rstrip("\n"))
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "gen.py", 42, module="gen")
    print(caught[0].filename, caught[0].lineno, caught[0].category.__name__)


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", MyWarning)
    warnings.warn("custom", MyWarning)
    warnings.warn("ignored user warning")
print([(w.category.__name__, str(w.message)) for w in caught], issubclass(MyWarning, Warning))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)


def goodbye(name, punct="!"):
    print(f"goodbye {name}{punct}")


def failing():
    raise ValueError("handler failed")


def never():
    print("never printed")


atexit.register(goodbye, "first")
atexit.register(failing)
atexit.register(goodbye, "second", punct="?")
atexit.register(never)
atexit.unregister(never)


@atexit.register
def flush():
    print("flushing buffers", file=sys.stdout)
    sys.stdout.flush()


print("main done")
sys.exit("fatal: configuration missing")
