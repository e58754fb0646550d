import threading
results = []
def work(n):
    s = sum(i * i for i in range(n * 1000))
    results.append((n, s))
threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n, s in sorted(results):
    print(n, s)
print(all(not t.is_alive() for t in threads))
