# threading.enumerate / active_count / main_thread / get_ident / get_native_id / names / current_thread,
# Thread defaults, repr-free checks, is_alive and ident before and after start.
import threading

main = threading.main_thread()
print("main:", main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print("main ident:", main.ident == threading.get_ident(), isinstance(threading.get_native_id(), int))
base = threading.active_count()
print("active at start:", base, len(threading.enumerate()) == base)

ready = threading.Barrier(4)
release = threading.Event()
info = {}
lock = threading.Lock()


def worker(k):
    me = threading.current_thread()
    with lock:
        info[k] = (me.name, me.ident == threading.get_ident(), me is not main, threading.main_thread() is main)
    ready.wait()
    release.wait()


ts = [threading.Thread(target=worker, args=(k,), name="w%d" % k) for k in range(3)]
print("before start:", [t.ident for t in ts], [t.is_alive() for t in ts])
for t in ts:
    t.start()
ready.wait()
print("active while running:", threading.active_count() - base)
names = sorted(t.name for t in threading.enumerate())
print("enumerate names:", names)
idents = {t.ident for t in ts}
print("distinct idents:", len(idents), None not in idents)
release.set()
for t in ts:
    t.join()
print("after join:", [t.is_alive() for t in ts], threading.active_count() == base)
print("info:", [info[k] for k in sorted(info)])


def nothing():
    pass


t = threading.Thread(target=nothing)
print("default name:", t.name.startswith("Thread-"), t.name.endswith("(nothing)"))
t2 = threading.Thread()
print("no target name:", t2.name.startswith("Thread-"), "(" not in t2.name)
t.name = "renamed"
t.start()
t.join()
print("renamed:", t.name)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=nothing).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class MyThread(threading.Thread):
    def __init__(self, v):
        super().__init__(name="my-%d" % v)
        self.v = v
        self.result = None

    def run(self):
        self.result = self.v * 10


ms = [MyThread(v) for v in range(3)]
for m in ms:
    m.start()
for m in ms:
    m.join()
print("subclass results:", [(m.name, m.result) for m in ms])
print("main_thread in enumerate:", main in threading.enumerate())
