import threading
buf = []
cond = threading.Condition()
consumed = []
N = 50
def producer():
    for i in range(N):
        with cond:
            while len(buf) >= 5:
                cond.wait()
            buf.append(i)
            cond.notify_all()
def consumer():
    while True:
        with cond:
            while not buf:
                cond.wait()
            v = buf.pop(0)
            cond.notify_all()
        if v is None:
            return
        consumed.append(v)
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start()
p.join()
with cond:
    while len(buf) >= 5:
        cond.wait()
    buf.append(None)
    cond.notify_all()
c.join()
print(len(consumed), consumed == list(range(N)), sum(consumed))
