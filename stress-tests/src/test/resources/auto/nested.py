# A lone thread that enters nested dispatch loops often (builtins calling back into Python: sum() over a generator,
# map, sorted/max with a key, a generator function): run by AutoModeNestedLoopTest; every line must print True.
import transaction

def commits():
    return transaction.stats()["commits"]

def double(x):
    return x * 2

def gen(n):
    for i in range(n):
        yield i

c0 = commits()
total = 0
for _ in range(100):
    total += sum(x for x in range(300))
    total += sum(map(double, range(300)))
    total += len(sorted(range(300), key=lambda v: -v))
    total += max(range(300), key=double)
    total += sum(gen(300))
print("nested loops in a lone thread, no transactions:", commits() - c0 == 0)
print("result:", total == 100 * (44850 + 89700 + 300 + 299 + 44850))
