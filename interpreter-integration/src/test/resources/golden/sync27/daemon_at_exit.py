# Daemon threads still blocked or spinning at exit do not keep the process alive; non-daemon threads are
# waited for; atexit handlers run after non-daemon threads end; daemon flag inherited and checked.
import threading, atexit, time

block = threading.Event()
go = threading.Event()
atexit.register(lambda: print("atexit: last non-daemon finished =", finished))
finished = []


def stuck():
    while not block.wait(0.01):
        pass
    print("never printed")


def spinner():
    n = 0
    while True:
        n += 1
        if n % 1000 == 0:
            time.sleep(0.001)


def slow():
    go.wait()
    finished.append("slow")
    print("slow worker done")


d1 = threading.Thread(target=stuck, daemon=True)
d2 = threading.Thread(target=spinner)
d2.daemon = True
d1.start()
d2.start()
child_daemon = []


def parent():
    c = threading.Thread(target=lambda: None)
    child_daemon.append(c.daemon)


pd = threading.Thread(target=parent, daemon=True)
pd.start()
pd.join()
print("child of daemon is daemon:", child_daemon)
try:
    d1.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
s = threading.Thread(target=slow)
s.start()
print("main done, daemons alive:", d1.is_alive(), d2.is_alive())
go.set()
