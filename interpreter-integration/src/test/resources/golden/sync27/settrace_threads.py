# threading.settrace / threading.setprofile reach threads started afterwards (each thread's own calls are seen),
# sys.settrace in one thread does not trace another; an exception in a thread with chained causes reaches the hook.
import threading, sys

calls = {}
lock = threading.Lock()


def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_filename == __file__:
        name = threading.current_thread().name
        with lock:
            calls.setdefault(name, []).append(frame.f_code.co_name)
    return None


def leaf(x):
    return x + 1


def work(n):
    s = 0
    for i in range(n):
        s = leaf(s)
    return s


threading.settrace(tracer)
ts = [threading.Thread(target=work, args=(k + 2,), name="tr%d" % k) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.settrace(None)
print("traced:", sorted((k, v.count("work"), v.count("leaf")) for k, v in calls.items()))
print("main untraced:", "MainThread" not in calls)

prof = []


def profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "leaf":
        with lock:
            prof.append(threading.current_thread().name)


threading.setprofile(profiler)
t = threading.Thread(target=work, args=(4,), name="pf")
t.start()
t.join()
threading.setprofile(None)
print("profiled:", prof)

only = []


def local_tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "leaf":
        only.append(threading.current_thread().name)
    return None


def self_traced():
    sys.settrace(local_tracer)
    work(2)
    sys.settrace(None)


a = threading.Thread(target=self_traced, name="self")
b = threading.Thread(target=work, args=(5,), name="other")
a.start()
a.join()
b.start()
b.join()
print("sys.settrace is per thread:", only)

hooked = []


def hook(args):
    e = args.exc_value
    chain = []
    while e is not None:
        chain.append(type(e).__name__ + ":" + str(e))
        e = e.__cause__ or e.__context__
    hooked.append((args.thread.name, chain))


threading.excepthook = hook


def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")


for f in (chained, implicit):
    t = threading.Thread(target=f, name=f.__name__)
    t.start()
    t.join()
print(hooked)
