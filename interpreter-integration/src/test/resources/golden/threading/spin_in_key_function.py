# A thread waits, spinning, for another thread's write inside a Python function that a builtin calls (a sort
# key), after a blocking call in that function: the wait must see the write.
import threading
import time

flag = [False]


def key(x):
    if x == 0:
        time.sleep(0.001)
        while not flag[0]:
            pass
    return x


def setter():
    time.sleep(0.02)
    flag[0] = True


for _ in range(3):
    flag[0] = False
    t = threading.Thread(target=setter)
    t.start()
    print(sorted([2, 0, 1], key=key))
    t.join()
