# atexit: handlers run when the main program ends, after non-daemon threads were joined, last registered first,
# with their arguments; unregistered ones do not run; one that raises is reported and the others still run.
import atexit
import threading
import time


def hello(name, punct="!"):
    print("goodbye,", name + punct)


def never():
    print("unregistered: must not run")


def fails():
    raise ValueError("handler failed")


def late_thread():
    time.sleep(0.05)
    print("thread finished before the handlers")


atexit.register(hello, "first")
atexit.register(never)
atexit.register(fails)
atexit.register(hello, "second", punct="?")
atexit.unregister(never)
print("registered")
threading.Thread(target=late_thread).start()
print("main program ends")
