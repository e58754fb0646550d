# A daemon thread still running when the main thread ends does not keep the program alive; a non-daemon thread
# is waited for.
import threading
import time

ticks = [0]


def forever():
    while True:
        ticks[0] += 1
        time.sleep(0.01)


go = threading.Event()


def finite():
    go.wait()
    time.sleep(0.05)
    print("non-daemon thread done")


d = threading.Thread(target=forever, daemon=True)
d.start()
print(d.daemon, d.is_alive())
threading.Thread(target=finite).start()
time.sleep(0.02)
print("main done")
go.set()
