# TransactionQueue semantics, the same output in every mode (GIL, STM, auto; with or without chaos aborts).
# Run by TransactionQueueGilTest (interpreter-integration) and TransactionModuleStmTest (stress-tests).
import transaction

q = transaction.TransactionQueue()

# 1. each call is one atomic transaction: a read-modify-write spread over many bytecodes loses no update
acc = [0]


def incr(k):
    v = acc[0]
    for _ in range(k):
        v = v + 1 - 1
    acc[0] = v + 1


for i in range(300):
    q.add(incr, 10)
q.run(4)
print("serial", acc[0], q.number_of_transactions_in_last_run())

# 2. transfers between accounts keep the total
accounts = [100] * 50


def transfer(a, b, amount):
    if accounts[a] >= amount:
        accounts[a] -= amount
        accounts[b] += amount


for i in range(400):
    q.add(transfer, (i * 7) % 50, (i * 13 + 5) % 50, i % 9)
q.run(3)
print("sum", sum(accounts))

# 3. calls added while running run in the same run()
seen = []


def node(path, depth):
    seen.append(path)
    if depth:
        q.add(node, path + "0", depth - 1)
        q.add(node, path + "1", depth - 1)


q.add(node, "r", 6)
q.run(3)
print("tree", len(seen), len(set(seen)), q.number_of_transactions_in_last_run())

# 4. keyword arguments
out = {}


def put(k, v=None):
    out[k] = v


q.add(put, "a", v=1)
q.add(put, "b", v=2)
q.run(2)
print("kw", sorted(out.items()))

# 5. the first exception stops the run and is re-raised by run(); the queue works afterwards
ran = []


def maybe(i):
    ran.append(i)
    if i == 3:
        raise KeyError(i)


for i in range(10):
    q.add(maybe, i)
try:
    q.run(2)
    print("no exception")
except KeyError as e:
    print("raised KeyError", e.args[0] == 3, 3 in ran)
q.add(put, "c", v=3)
q.run(2)
print("after", out["c"], len(q))

# 6. inside a call the transaction is atomic; run() with the default number of threads
flags = []


def check():
    flags.append(transaction.is_atomic())


q.add(check)
q.run()
print("atomic inside", flags, transaction.is_atomic())

# 7. many small calls (the work list is not quadratic)
cnt = [0]


def tiny():
    cnt[0] += 1


for i in range(3000):
    q.add(tiny)
q.run(2)
print("tiny", cnt[0])

# 8. run() inside an atomic block is refused
try:
    with atomic:
        q.run(2)
except RuntimeError as e:
    print("refused:", e)
