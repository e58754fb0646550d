"""Daemon threads, threading.excepthook, exceptions in threads, SystemExit in a thread, join with timeouts."""
import threading
import time
import sys

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook


def fails(kind):
    if kind == 'key':
        {}['missing']
    if kind == 'exit':
        sys.exit(3)
    raise RuntimeError('boom in %s' % threading.current_thread().name)


for i, kind in enumerate(['key', 'rt', 'exit']):
    t = threading.Thread(target=fails, args=(kind,), name='fail-%d' % i)
    t.start()
    t.join()
print(sorted(caught))
threading.excepthook = old
print('restored', threading.excepthook is threading.__excepthook__)


# run() overridden in a subclass; result kept on the object
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name='worker-%d' % n, daemon=False)
        self.n = n
        self.result = None
        self.error = None

    def run(self):
        try:
            if self.n == 3:
                raise ValueError('bad n')
            self.result = sum(range(self.n * 100))
        except Exception as e:
            self.error = e


ws = [Worker(n) for n in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.name, w.result, repr(w.error)) for w in ws])

# a daemon thread blocked forever does not keep the program alive; join with timeout returns
forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True, name='sleepy')
d.start()
print('daemon', d.daemon, d.is_alive())
t0 = time.monotonic()
d.join(timeout=0.05)
print('still alive after timed join', d.is_alive(), time.monotonic() - t0 < 20)
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError', e)
inherit = []


def child_daemon():
    inner = threading.Thread(target=lambda: None)
    inherit.append(inner.daemon)


t = threading.Thread(target=child_daemon, daemon=True)
t.start()
t.join()
print('child inherits daemon', inherit)
try:
    threading.Thread(target=None).join()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
t = threading.Thread(target=lambda: None)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)


# exception with traceback printed by the default hook goes to stderr; we capture with our own
def deep(n):
    if n == 0:
        raise LookupError('deep')
    deep(n - 1)


frames = []


def tb_hook(args):
    tb = args.exc_traceback
    while tb:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next


threading.excepthook = tb_hook
t = threading.Thread(target=deep, args=(4,))
t.start()
t.join()
threading.excepthook = old
print(frames[-5:], frames.count('deep'))
forever.set()  # the golden runner checks that no thread outlives the program
d.join(30)
print('daemon ended', d.is_alive())
print('end')
