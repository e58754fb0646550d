# A generator's frame is created in one thread and resumed in others: the frame (its pc, value stack and
# locals) must move with the generator, whichever thread runs it, and each resume sees the state the last one
# left, also when the transactions of the old and the new thread overlap.
import threading


def accumulate(n):
    total = 0
    try:
        for i in range(n):
            total += i
            got = yield total
            if got is not None:
                total += got
    finally:
        print("accumulate finally, total", total)
    return total


g = accumulate(10)
print("main:", next(g), next(g))
seen = []


def resume_once(tag):
    seen.append((tag, next(g), g.send(100)))


t = threading.Thread(target=resume_once, args=("worker",))
t.start()
t.join()
print(seen)
print("main again:", next(g))


# close() from another thread runs the generator's finally there
def closer():
    g.close()
    print("closed in worker")


t = threading.Thread(target=closer)
t.start()
t.join()
print("finished:", next(g, "done"))


# one generator consumed by four threads in turn, under a lock; nothing is lost or repeated
def numbers(n):
    for i in range(n):
        square = i * i
        yield i, square


gen = numbers(400)
lock = threading.Lock()
taken = []


def take(m):
    for _ in range(m):
        with lock:
            taken.append(next(gen))


threads = [threading.Thread(target=take, args=(100,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
taken.sort()
print(len(taken), taken == [(i, i * i) for i in range(400)])


# an exception raised inside a generator resumed by another thread
def failing():
    yield 1
    raise KeyError("from the generator")


fg = failing()
print("first:", next(fg))
caught = []


def resume_failing():
    try:
        next(fg)
    except KeyError as e:
        caught.append(repr(e))


t = threading.Thread(target=resume_failing)
t.start()
t.join()
print(caught)


# a generator started in a worker and finished in the main thread, while the worker keeps running other code
def chain(n):
    acc = []
    for i in range(n):
        acc.append(i)
        yield len(acc)
    yield sum(acc)


cg = chain(50)
ready = threading.Event()
worker_sum = []


def start_then_work():
    for _ in range(25):
        next(cg)
    ready.set()
    s = 0
    for i in range(20000):
        s += i
    worker_sum.append(s)


t = threading.Thread(target=start_then_work)
t.start()
ready.wait()
rest = list(cg)
t.join()
print(rest[0], rest[-1], len(rest), worker_sum)
