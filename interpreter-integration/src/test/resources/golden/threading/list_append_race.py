import threading
shared = []
def appender(tag):
    for i in range(5000):
        shared.append((tag, i))
ts = [threading.Thread(target=appender, args=(t,)) for t in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared))
for tag in range(4):
    mine = [i for (t, i) in shared if t == tag]
    print(tag, len(mine), mine == sorted(mine))
