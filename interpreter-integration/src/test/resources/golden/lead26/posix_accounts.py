# pwd, grp and resource as scripts use them: look-ups by id and name, the records' fields and tuple behaviour,
# CPython's errors for missing entries and wrong arguments; os.times and getrusage as timers
import os, pwd, grp, resource

root = pwd.getpwnam("root")
print(root.pw_uid, root.pw_gid, root.pw_name, root[0], len(root), root == tuple(root))
print(type(root).__name__, type(root).__module__, pwd.struct_passwd.n_fields)
print(pwd.getpwuid(0).pw_name, pwd.getpwuid(0) == root)
try:
    me = pwd.getpwuid(os.getuid())
    print(me.pw_uid == os.getuid(), me.pw_name in [p.pw_name for p in pwd.getpwall()])
except KeyError:  # a container's user need not have an entry
    print(True, True)
print(isinstance(pwd.getpwall(), list), all(isinstance(p.pw_uid, int) for p in pwd.getpwall()))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, isinstance(g.gr_mem, list), grp.getgrnam(g.gr_name) == g, len(g))
print(type(g).__name__, type(g).__module__, any(x.gr_gid == 0 for x in grp.getgrall()))
print(os.getgid() in [x.gr_gid for x in grp.getgrall()] or os.getgid() > 0)

for call in (lambda: pwd.getpwuid(2**32), lambda: pwd.getpwuid(-2), lambda: pwd.getpwnam("no such user x"),
             lambda: pwd.getpwnam(b"root"), lambda: pwd.getpwnam("ro\0ot"), lambda: pwd.getpwuid("0"),
             lambda: grp.getgrgid(2**40), lambda: grp.getgrgid(-2), lambda: grp.getgrgid(2**70),
             lambda: grp.getgrgid(1.5), lambda: grp.getgrnam("no such group x"),
             lambda: grp.getgrnam(7)):
    try:
        call()
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(sorted(n for n in dir(resource) if n.startswith(("RLIMIT_", "RUSAGE_", "RLIM_"))))
print(resource.RLIMIT_NOFILE, resource.RLIMIT_STACK, resource.RLIM_INFINITY, resource.RUSAGE_CHILDREN,
      resource.error is OSError)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(isinstance(soft, int), hard == -1 or soft <= hard, resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))  # unchanged limits
for args in ((resource.RLIMIT_NOFILE, 5), (resource.RLIMIT_NOFILE, (1,)), (resource.RLIMIT_NOFILE, ("a", "b")),
             (99, (1, 1)), (resource.RLIMIT_NOFILE, (10, 5))):
    try:
        resource.setrlimit(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for who in ("x", 5, -2):
    try:
        resource.getrusage(who)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    resource.getrlimit(-1)
except ValueError as e:
    print(e)
try:
    resource.prlimit(2**22 + 12345, resource.RLIMIT_CPU)
except ProcessLookupError as e:
    print(e)
print(resource.getpagesize() % 4096 == 0)

t0, r0 = os.times(), resource.getrusage(resource.RUSAGE_SELF)
total = 0
for i in range(200000):
    total += i % 7
t1, r1 = os.times(), resource.getrusage(resource.RUSAGE_SELF)
print(total, len(t1), t1.user >= t0.user, r1.ru_utime >= r0.ru_utime, r1.ru_maxrss > 0, len(r1))
print(type(r1).__name__, r1.ru_minflt >= r0.ru_minflt, resource.struct_rusage.n_sequence_fields)
th = resource.getrusage(resource.RUSAGE_THREAD)
print(th.ru_utime + th.ru_stime > 0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime >= 0)
