# at exit, generators whose arming was deferred (gen25) are closed among the objects with __del__ in the order
# they first suspended in their block, as CPython's module teardown does; finished ones are not touched
import contextlib
import threading


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(name):
    try:
        yield 1
    finally:
        print("finally", name)


@contextlib.contextmanager
def ctx():
    try:
        yield
    finally:
        pass


a = Noisy("a")
g1 = gen("g1")
next(g1)
for i in range(40):
    with ctx():
        pass
b = Noisy("b")
g2 = gen("g2")
next(g2)


def maker():
    global g3
    g3 = gen("g3-thread")
    next(g3)


t = threading.Thread(target=maker)
t.start()
t.join()
c = Noisy("c")
finished = gen("finished")
next(finished)
next(finished, None)
print("end of program")
