try:
    atomic
except NameError:
    import threading
    atomic = threading.RLock()
import threading
counter = 0
pairs = [0, 0]
def work():
    global counter
    for _ in range(5000):
        with atomic:
            counter += 1
            pairs[0] += 1
            pairs[1] -= 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, pairs, pairs[0] + pairs[1])
with atomic:
    with atomic:
        print("nested ok")
