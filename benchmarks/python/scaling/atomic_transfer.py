"""Transfers between 1000 accounts, each one a `with atomic:` block (read two balances, move an amount); the
total is checked. Two transfers conflict only when they share an account."""
import harness


def setup(nthreads, size):
    return [1000] * 1000


def work(acc, tid, nthreads, size):
    n = len(acc)
    seed = tid * 7919 + 1
    for i in range(size // nthreads):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = seed % n
        b = (seed // n) % n
        amount = seed % 50
        with atomic:
            if acc[a] >= amount:
                acc[a] -= amount
                acc[b] += amount
        # some work outside the block, as a real program has
        t = 0
        for j in range(20):
            t += j * a
    return t


harness.run(setup, work, lambda acc: sum(acc))
