# generators and objects with __del__ that module globals hold at exit: CPython closes and finalizes them
# during its module teardown


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


def with_gen(name):
    class R:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            print("exit", name, exc[0].__name__)

    with R():
        yield 1


a = Noisy("a")
g1 = gen("g1")
next(g1)
b = Noisy("b")
g2 = with_gen("g2")
next(g2)
done = gen("done")
list(done)
print("end of program")
