# threading.Condition: wait_for with a predicate, notify_all waking every waiter, notify(n), wait_for timing out.
import threading

cond = threading.Condition()
state = {"stage": 0, "woken": []}


def waiter(k):
    with cond:
        ok = cond.wait_for(lambda: state["stage"] >= k)
        state["woken"].append((k, ok, state["stage"] >= k))


ts = [threading.Thread(target=waiter, args=(k,)) for k in (1, 2, 3)]
for t in ts:
    t.start()
for stage in (1, 2, 3):
    with cond:
        state["stage"] = stage
        cond.notify_all()
for t in ts:
    t.join()
print(sorted(state["woken"]))
print("all ok:", all(ok for (_, ok, _) in state["woken"]))

with cond:
    r = cond.wait_for(lambda: False, timeout=0.01)
print("timed out predicate:", r)
with cond:
    r = cond.wait_for(lambda: 42)
print("immediate predicate value:", r)

# notify(n): exactly n waiters of 4 pass per round
count = [0]
ready = [0]
gate = threading.Condition()
passed = []


def w2(i):
    with gate:
        ready[0] += 1
        gate.notify_all()
        gate.wait_for(lambda: count[0] > 0)
        count[0] -= 1
        passed.append(i)
        gate.notify_all()


ws = [threading.Thread(target=w2, args=(i,)) for i in range(4)]
for t in ws:
    t.start()
with gate:
    gate.wait_for(lambda: ready[0] == 4)
for rnd in range(2):
    with gate:
        count[0] += 2
        gate.notify(2)
    with gate:
        gate.wait_for(lambda: count[0] == 0)
    print("round", rnd, "passed so far:", len(passed))
for t in ws:
    t.join()
print("passed:", sorted(passed))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait(0)
except RuntimeError as e:
    print("RuntimeError:", e)
