# An exception in a thread: a custom threading.excepthook sees type, value, traceback and thread; SystemExit is
# silent; restoring the default prints "Exception in thread NAME" and the traceback on stderr.
import threading, sys

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


def boom(msg):
    raise ValueError(msg)


threading.excepthook = hook
for i in range(3):
    t = threading.Thread(target=boom, args=("bad %d" % i,), name="worker-%d" % i)
    t.start()
    t.join()
print(seen)
t = threading.Thread(target=sys.exit, args=(3,), name="exiter")
t.start()
t.join()
print("SystemExit reaches the hook:", seen[3:])


def hook_fails(args):
    raise RuntimeError("hook failed")


threading.excepthook = threading.__excepthook__
print("default restored:", threading.excepthook is threading.__excepthook__)
sys.stdout.flush()


def deep(n):
    if n == 0:
        return {}["missing"]
    return deep(n - 1)


t = threading.Thread(target=deep, args=(2,), name="deep-thread")
t.start()
t.join()
print("main continues after thread error")
t = threading.Thread(target=boom, args=("last words",), name="last")
t.start()
t.join()
