# _thread.interrupt_main() from a worker while the main thread computes without blocking: CPython runs the
# SIGINT handler at the main thread's next bytecode, so the busy loop ends with KeyboardInterrupt.
import threading, _thread

t = threading.Thread(target=_thread.interrupt_main)
n = 0
try:
    t.start()
    while True:
        n += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in a busy main loop")
t.join()
