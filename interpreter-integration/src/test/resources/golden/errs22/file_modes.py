import io
with open('golden_tmp_fm.txt', 'w') as f:
    f.write('hello\n')
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open('golden_tmp_fm.txt') as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.write(b'x')
    except Exception as e:
        print(type(e).__name__, e)
with open('golden_tmp_fm.txt', 'rb') as f:
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print(e)
with open('golden_tmp_fm.txt', 'a') as f:
    try:
        f.write(b'x')
    except TypeError as e:
        print(e)
    try:
        f.write(5)
    except TypeError as e:
        print(e)
with open('golden_tmp_fm.txt', 'wb') as f:
    try:
        f.write('x')
    except TypeError as e:
        print(e)
f = open('golden_tmp_fm.txt')
f.close()
for g in (f.read, f.readline, lambda: f.write('x'), f.__iter__, lambda: next(f), f.tell, lambda: f.seek(0), f.fileno, f.flush):
    try:
        g()
    except ValueError as e:
        print(e)
print(f.closed)
try:
    with f:
        pass
except ValueError as e:
    print(e)
s = io.StringIO('x')
s.close()
try:
    s.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b'x')
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
import os
os.remove('golden_tmp_fm.txt')
f.read()
