# The local trace function: 'call' goes to the global one, whose result (or None) becomes the frame's f_trace;
# f_trace can be changed by the function itself and set from outside; f_trace_lines=False stops line events;
# a trace function that raises is switched off
import sys

log = []


def only_returns(frame, event, arg):
    log.append(('R', event, frame.f_code.co_name, arg))
    return only_returns


def glob(frame, event, arg):
    name = frame.f_code.co_name
    if name == 'quiet':
        return None
    if name == 'returns_only':
        frame.f_trace_lines = False
        return only_returns
    log.append(('G', event, name, frame.f_lineno))
    return glob


def quiet():
    a = 1
    return a


def returns_only():
    a = 2
    b = a + 1
    return b


def traced():
    x = quiet()
    y = returns_only()
    return x + y


sys.settrace(glob)
traced()
sys.settrace(None)
for e in log:
    print(*e)


def broken(frame, event, arg):
    if event == 'line':
        raise RuntimeError('tracer failed')
    return broken


def victim():
    z = 1
    return z


sys.settrace(broken)
try:
    victim()
except RuntimeError as e:
    print('raised:', e)
print('trace after failure:', sys.gettrace())

# f_trace set on the caller before settrace: its next lines are traced (what pdb.set_trace does)
seen = []


def mark(frame, event, arg):
    seen.append((event, frame.f_code.co_name, frame.f_lineno))
    return mark


def outer():
    frame = sys._getframe()
    frame.f_trace = mark
    sys.settrace(mark)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b


outer()
print(seen)
print(sys._getframe() is sys._getframe(), sys._getframe(0).f_trace)
