# An exit handler waits, spinning, for a daemon thread's write, after threading's shutdown has joined another
# thread: the program's end must run the handlers as Python code of the main thread, so that the daemon's write
# reaches the spinning handler.
import atexit
import threading
import time

flag = [False]
go = threading.Event()


def daemon_worker():
    go.wait()
    time.sleep(0.01)
    flag[0] = True


def short_worker():
    time.sleep(0.01)


def wait_for_flag():
    go.set()
    spins = 0
    while not flag[0]:
        spins += 1
    print("exit handler saw the flag")


atexit.register(wait_for_flag)
threading.Thread(target=daemon_worker, daemon=True).start()
threading.Thread(target=short_worker).start()
print("main module done")
