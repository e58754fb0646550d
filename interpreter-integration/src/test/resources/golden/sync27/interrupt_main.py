# _thread.interrupt_main(): from a worker, a custom SIGINT handler has run in the main thread by the end of its
# join; from the main thread itself the handler runs (or KeyboardInterrupt is raised) at once; a signal Python
# does not handle (SIG_IGN) does nothing; a bad signal number raises ValueError. (A worker interrupting a busy
# main thread: interrupt_busy.py.)
import threading, _thread, signal

got = []
old = signal.signal(signal.SIGINT, lambda signum, frame: got.append(signum == signal.SIGINT))
t = threading.Thread(target=_thread.interrupt_main)
t.start()
t.join()
print("handler ran by the end of the join:", got)
_thread.interrupt_main()
print("handler ran again in the main thread:", got)
signal.signal(signal.SIGINT, old)
try:
    _thread.interrupt_main()
    for _ in range(10):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread itself")
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
print("ignored")
try:
    _thread.interrupt_main(99)
except ValueError as e:
    print("ValueError:", e)
