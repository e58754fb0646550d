# logging from several threads into one handler (records carry threadName), a QueueHandler/QueueListener pair,
# and a logger's lock held across threads; records collected, sorted, printed.
import threading, logging, logging.handlers, queue, io

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(threadName)s|%(levelname)s|%(message)s"))
log = logging.getLogger("app")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False


def job(k):
    for i in range(3):
        log.info("job %d step %d", k, i)
    if k == 1:
        try:
            1 / 0
        except ZeroDivisionError:
            log.warning("job %d failed", k, exc_info=False)


ts = [threading.Thread(target=job, args=(k,), name="T%d" % k) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = stream.getvalue().splitlines()
print(len(lines))
for line in sorted(lines):
    print(line)

q = queue.Queue()
collected = []


class Collect(logging.Handler):
    def emit(self, record):
        collected.append((record.threadName, record.getMessage()))


listener = logging.handlers.QueueListener(q, Collect())
qlog = logging.getLogger("queued")
qlog.addHandler(logging.handlers.QueueHandler(q))
qlog.propagate = False
qlog.setLevel(logging.INFO)
listener.start()
ts = [threading.Thread(target=lambda k=k: [qlog.info("q%d-%d", k, i) for i in range(4)], name="Q%d" % k)
      for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
listener.stop()
print(sorted(collected))
