import threading
print(threading.active_count())
ev = threading.Event()
ts = [threading.Thread(target=ev.wait) for _ in range(3)]
for t in ts: t.start()
print(threading.active_count() >= 4, len(threading.enumerate()) >= 4)
ev.set()
for t in ts: t.join()
print(threading.active_count(), [x.name for x in threading.enumerate()])
