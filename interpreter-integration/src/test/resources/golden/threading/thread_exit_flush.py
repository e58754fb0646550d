# Threads that end while another thread prints: each thread's closing flush of stdout must write only what
# committed, once (no line lost, none twice, in order), in every mode.
import threading

def worker(n):
    return n * n

lines = 0
threads = []
for i in range(40):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    threads.append(t)
    for k in range(25):
        print("line", i, k)
        lines += 1
for t in threads:
    t.join()
print("lines", lines)
