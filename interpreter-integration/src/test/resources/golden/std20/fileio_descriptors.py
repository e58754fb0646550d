# A file opened by name has a real descriptor: os.fstat/os.close accept f.fileno(); operations on a file whose
# descriptor was closed under it fail with EBADF; a FileIO writes at once; FileIO's repr as CPython's.
import errno
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
with open(p, 'wb') as f:
    f.write(b'0123456789')
    fd = f.fileno()
    print(fd > 2, os.fstat(fd).st_size in (0, 10))
print(os.path.getsize(p))

f = open(p, 'rb', buffering=0)
print(repr(f).replace(repr(p), 'P'))
os.close(f.fileno())
for name, call in (('read', lambda: f.read()), ('seek', lambda: f.seek(0)), ('tell', lambda: f.tell()),
                   ('close', lambda: f.close())):
    try:
        call()
        print(name, 'no error')
    except OSError as e:
        print(name, 'OSError', e.errno == errno.EBADF)
print(f.closed)

w = open(p, 'wb', buffering=0)
w.write(b'abc')
print(os.path.getsize(p))
os.close(w.fileno())
try:
    w.write(b'x')
except OSError as e:
    print('write OSError', e.errno == errno.EBADF)
try:
    w.close()
except OSError as e:
    print('close OSError', e.errno == errno.EBADF)

f = open(p, 'rb', buffering=0)
del f.name
print(repr(f) == "<_io.FileIO fd=%d mode='rb' closefd=True>" % f.fileno())
f.name = f
try:
    repr(f)
except RuntimeError as e:
    print('RuntimeError', e)
f.close()
print(repr(f))
for m in ('readinto', 'seek', 'write', 'writelines'):
    try:
        getattr(f, m)()
    except TypeError:
        print(m, 'TypeError')
fd = os.open(p, os.O_RDONLY)
with open(fd, 'rb', buffering=0, closefd=False) as g:
    print(repr(g) == "<_io.FileIO name=%d mode='rb' closefd=False>" % fd)
os.close(fd)
os.remove(p)
os.rmdir(d)
for bad in ('a\0b', b'a\0b'):
    for call in (open, os.stat, os.path.getsize):
        try:
            call(bad)
        except ValueError as e:
            print(call.__name__, 'ValueError', e if call is open else '')
print(os.path.exists('a\0b'))
try:
    f.writelines(b'')
except ValueError as e:
    print('writelines', e)
with open(__file__, 'rb', buffering=0) as f:
    print(f._blksize == os.fstat(f.fileno()).st_blksize)
