# _thread.interrupt_main() from another thread: the main thread runs the signal's Python handler (SIGINT's default
# raises KeyboardInterrupt) by the time its join of that thread returns
import _thread
import signal
import threading


def interrupt(*args):
    _thread.interrupt_main(*args)


t = threading.Thread(target=interrupt)
try:
    t.start()
    t.join()
    print("join returned")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
t.join()
print("second join fine", t.is_alive())

got = []
old = signal.signal(signal.SIGTERM, lambda sig, frame: got.append(sig))
t = threading.Thread(target=interrupt, args=(signal.SIGTERM,))
t.start()
t.join()
print("handler ran:", got == [signal.SIGTERM])
signal.signal(signal.SIGTERM, old)

signal.signal(signal.SIGINT, signal.SIG_IGN)
t = threading.Thread(target=interrupt)
t.start()
t.join()
print("ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    for i in range(3):
        t = threading.Thread(target=interrupt)
        t.start()
        t.join()
except KeyboardInterrupt:
    print("interrupted in round", i)
