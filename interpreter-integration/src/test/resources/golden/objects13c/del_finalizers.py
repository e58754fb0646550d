# __del__: run after the object becomes garbage (here at gc.collect()), once, on the object itself
import gc


def collect():
    for _ in range(2):
        gc.collect()


log = []


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


c = C(1)
del c
collect()
print("plain:", log)


def make():
    C(2)
    C(3)


make()
collect()
print("temporaries:", sorted(log))


class Resurrect:
    box = []

    def __del__(self):
        Resurrect.box.append(self)
        log.append("resurrected")


r = Resurrect()
r.attr = 42
del r
collect()
print("resurrected:", len(Resurrect.box), Resurrect.box[0].attr)
del Resurrect.box[:]
collect()
print("runs once:", log.count("resurrected"))


class Gone:
    def __del__(self):
        log.append("gone")


g = Gone()
del Gone.__del__
del g
collect()
print("deleted __del__ does not run:", "gone" in log)

