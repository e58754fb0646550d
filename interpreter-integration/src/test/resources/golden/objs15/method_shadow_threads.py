# LOAD_METHOD's shadow check across threads: instances made, warmed and shadowed in several threads at one call
# site; a shadow stored by one thread is seen by the others after a barrier, and a name first stored on
# instances of a class by one thread while others call its methods.
import threading


class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def name(self):
        return "P.name"


def call_get(o):
    return o.get()


def call_name(o):
    return o.name()


shared = [P(i) for i in range(8)]
barrier = threading.Barrier(4)
results = [None] * 4


def worker(tid):
    mine = [P(tid * 100 + i) for i in range(16)]
    total = 0
    for _ in range(200):
        for o in mine:
            total += call_get(o)
        call_name(shared[tid])
    barrier.wait()
    # each thread shadows a method on one shared instance and one of its own
    shared[tid].name = (lambda t=tid: "shadow %d" % t)
    mine[tid].get = (lambda t=tid: -t)
    barrier.wait()
    names = [call_name(o) for o in shared]
    gets = sum(call_get(o) for o in mine)
    for i in range(50):
        setattr(mine[i % 16], "extra%d" % (i + tid), i)
    results[tid] = (total, names, gets)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in results:
    print(r)
print([call_name(o) for o in shared])
del shared[0].name
print(call_name(shared[0]), call_get(shared[5]))
