# _thread.interrupt_main() from another thread wakes the main thread out of a blocking wait (a join, a lock, an
# RLock, a condition) at once: the wait raises what the handler raised (KeyboardInterrupt here). The interrupting
# thread interrupts once the main thread is about to wait (a signal pending before the wait raises from it too),
# then waits for the main thread to have handled it, so a wait that were not woken would never end.
# CPython runs the handler only when the wait ends by itself (interrupt_main trips no OS signal), so this output
# is the interpreter's own, written by hand.
import _thread
import threading
import time

handled = threading.Event()
ready = [False]


def interrupter():
    while not ready[0]:
        time.sleep(0.001)
    _thread.interrupt_main()
    handled.wait()


def interrupted(what, wait):
    handled.clear()
    ready[0] = False
    t = threading.Thread(target=interrupter)
    t.start()
    try:
        ready[0] = True
        wait(t)
        print(what, "not interrupted")
    except KeyboardInterrupt:
        print(what, "interrupted")
    handled.set()
    t.join()
    print(what, "thread ended:", not t.is_alive())


interrupted("join", lambda t: t.join())
lock = threading.Lock()
lock.acquire()
interrupted("lock", lambda t: lock.acquire())
rlock = threading.RLock()
holder_in = threading.Event()
holder_out = threading.Event()


def holder():
    with rlock:
        holder_in.set()
        holder_out.wait()


h = threading.Thread(target=holder)
h.start()
holder_in.wait()
interrupted("rlock", lambda t: rlock.acquire())
holder_out.set()
h.join()
cond = threading.Condition()
with cond:
    interrupted("condition", lambda t: cond.wait())
