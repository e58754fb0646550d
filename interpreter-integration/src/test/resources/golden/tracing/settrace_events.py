# sys.settrace: the call, line, return and exception events (and their f_lineno) of a few functions, a
# generator, a comprehension, an __init__ and an exception that crosses frames; threading.settrace
import sys
import threading

out = []


def tr(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    a = arg
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]))
    elif event == 'return' and not isinstance(arg, (int, str, type(None))):
        a = type(arg).__name__
    out.append((event, frame.f_code.co_name, frame.f_lineno, a))
    return tr


def gen(n):
    for i in range(n):
        yield i
    return 'done'


def risky(x):
    if x:
        raise ValueError('bad %d' % x)
    return x


def catcher():
    try:
        risky(1)
    except ValueError as e:
        r = str(e)
    finally:
        r = 'fin'
    return r


def loop():
    t = 0
    while t < 3:
        t += 1
    return t


def comp():
    return [x * 2 for x in range(2)]


class K:
    def __init__(self):
        self.v = 1


def deep():
    return risky(2)


def main():
    print(list(gen(2)))
    print(catcher())
    print(loop())
    print(comp())
    K()
    try:
        deep()
    except ValueError:
        pass


sys.settrace(tr)
main()
sys.settrace(None)
for e in out:
    print(*e)


def worker():
    x = 1
    return x


threading.settrace(tr)
out.clear()
t = threading.Thread(target=worker)
t.start()
t.join()
threading.settrace(None)
print([e for e in out if e[1] == 'worker'])
print(sys.gettrace(), sys.getprofile())
