import threading
local = threading.local()
local.value = "main"
seen = []
def worker(n):
    print_before = hasattr(local, "value")
    local.value = n
    for _ in range(100):
        local.value += 0
    seen.append((n, print_before, local.value))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen))
print(local.value)
