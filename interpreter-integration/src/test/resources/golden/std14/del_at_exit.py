# __del__ of objects still alive when the program ends runs at exit, after threading's shutdown and the atexit
# handlers, with the program's globals intact (CPython's final collection of the module globals)
import atexit
import threading


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "sees", state.value, threading.current_thread() is main,
              threading.enumerate() == [main])


class Resurrect:
    def __del__(self):
        print("resurrect del runs once")
        keep.append(self)


main = threading.current_thread()
state = threading.local()
state.value = "intact"
first = Noisy("first")
second = Noisy("second")
cycle = Noisy("cycle")
cycle.me = cycle
keep = []
r = Resurrect()


def worker():
    # an object made by another thread, alive at exit
    global from_thread
    from_thread = Noisy("from-thread")


t = threading.Thread(target=worker)
t.start()
t.join()
atexit.register(lambda: print("atexit handler first"))
print("main ends")
