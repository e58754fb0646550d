# cProfile (the _lsprof module) and profile: call counts, primitive calls and callers of Python functions
# (times and built-ins left out: they vary); trace.Trace line counts; timeit still runs
import cProfile
import io
import profile
import pstats
import timeit
import trace


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(x):
    return x + 1


def work():
    total = 0
    for i in range(6):
        total += fib(i)
        total = helper(total)
    return total


def rows(stats):
    out = []
    for (file, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
        if file.endswith('profilers.py'):
            who = sorted(c[2] for c in callers if c[0].endswith('profilers.py'))
            out.append((name, line, nc, cc, who))
    return sorted(out)


p = cProfile.Profile()
p.enable()
r = work()
p.disable()
print('result', r)
for row in rows(pstats.Stats(p, stream=io.StringIO())):
    print(*row)
print('runcall', cProfile.Profile().runcall(helper, 41))

pr = profile.Profile()
pr.runcall(work)
for row in rows(pstats.Stats(pr, stream=io.StringIO())):
    print(*row)

tracer = trace.Trace(count=1, trace=0)
tracer.runfunc(work)
counts = tracer.results().counts
for (file, line), n in sorted(counts.items()):
    if file.endswith('profilers.py'):
        print('line', line, n)

print(type(timeit.timeit('x = 1', number=100)).__name__)
print(len(timeit.repeat('x = 2', repeat=3, number=10)))
