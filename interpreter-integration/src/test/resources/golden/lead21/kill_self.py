import os
import signal
import threading

log = []


def handler(signum, frame):
    log.append((signal.Signals(signum).name, frame is not None and frame.f_code.co_name))


signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, handler)


def send(sig):
    os.kill(os.getpid(), sig)


send(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR2)
print(log)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), 0)
print("ignored", log[-1:])

# the default action of SIGCHLD is to do nothing
os.kill(os.getpid(), signal.SIGCHLD)

try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from os.kill")


class Stop(Exception):
    pass


def raising(signum, frame):
    raise Stop(signal.strsignal(signum))


signal.signal(signal.SIGTERM, raising)
try:
    signal.raise_signal(signal.SIGTERM)
except Stop as e:
    print("stopped:", e)

signal.raise_signal(0)
try:
    signal.raise_signal(70)
except OSError as e:
    print("OSError:", e)

# a handler runs on the main thread even when another thread sends the signal
seen = []
signal.signal(signal.SIGUSR2, lambda s, f: seen.append(threading.current_thread() is threading.main_thread()))
t = threading.Thread(target=send, args=(signal.SIGUSR2,))
t.start()
t.join()
print("main thread ran it:", seen)
