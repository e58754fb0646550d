"""A three-stage pipeline of threads joined by queue.Queue, with sentinels, task_done/join and a results dict."""
import queue
import threading
from collections import Counter

raw = queue.Queue(maxsize=4)
parsed = queue.Queue()
results = {}
lock = threading.Lock()
STOP = object()

LINES = ['%s,%d,%s' % (['apple', 'pear', 'fig'][i % 3], i, 'x' * (i % 5)) for i in range(60)]


def producer():
    for line in LINES:
        raw.put(line)
    for _ in range(2):
        raw.put(STOP)


def parser():
    while True:
        item = raw.get()
        try:
            if item is STOP:
                parsed.put(STOP)
                return
            fruit, num, pad = item.split(',')
            parsed.put((fruit, int(num), len(pad)))
        finally:
            raw.task_done()


def aggregator():
    stops = 0
    while stops < 2:
        item = parsed.get()
        if item is STOP:
            stops += 1
            continue
        fruit, num, pad = item
        with lock:
            entry = results.setdefault(fruit, [0, 0, Counter()])
            entry[0] += 1
            entry[1] += num
            entry[2][pad] += 1


threads = [threading.Thread(target=producer), threading.Thread(target=parser), threading.Thread(target=parser),
           threading.Thread(target=aggregator)]
for t in threads:
    t.start()
raw.join()
for t in threads:
    t.join()
for fruit in sorted(results):
    n, s, pads = results[fruit]
    print(fruit, n, s, sorted(pads.items()))
print('empty', raw.empty(), parsed.empty(), raw.qsize())
try:
    raw.get_nowait()
except queue.Empty:
    print('queue.Empty raised')
