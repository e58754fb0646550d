import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"W{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
ws = [Worker(n) for n in (10, 100, 1000)]
for w in ws: w.start()
for w in ws: w.join()
print([(w.name, w.result) for w in ws])
out = {}
def kw(a, b=0, *, c=1):
    out[a] = a + b + c
t = threading.Thread(target=kw, args=(1,), kwargs={"b": 2, "c": 3})
t.start(); t.join()
print(out)
