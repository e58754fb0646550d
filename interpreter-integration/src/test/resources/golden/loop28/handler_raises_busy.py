# A handler that raises: the exception comes out of the busy loop at the instruction about to run, with the
# handler's frame on top of the loop's in its traceback; finally blocks and except clauses see it as any other.
import signal
import traceback


class Timeout(Exception):
    pass


def raiser(signum, frame):
    raise Timeout("budget spent")


def spin():
    n = 0
    try:
        while True:
            n += 1
    finally:
        print("finally in spin ran")


signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    spin()
except Timeout as e:
    names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
    print("caught", type(e).__name__, e, names)

# a KeyboardInterrupt from the default SIGINT handler, tripped by another thread (interrupt_main), in a loop
# nested in calls; an except clause inside the loop's function catches it
import _thread
import threading


def inner():
    try:
        t = threading.Thread(target=_thread.interrupt_main)
        t.start()
        while True:
            pass
    except KeyboardInterrupt as e:
        t.join()
        return "KeyboardInterrupt caught in inner: " + repr(e.args)


def outer():
    return inner()


print(outer())
