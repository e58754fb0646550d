# sys.setprofile: call and return events of Python functions (with the return value), generators (a return at
# each yield, a call at each resume) and frames left by an exception
import sys

events = []


def prof(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event in ('call', 'return'):
        events.append((event, frame.f_code.co_name, arg if event == 'return' else None))


def square(x):
    return x * x


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def fails():
    raise KeyError('k')


def main():
    total = sum(square(i) for i in range(3))
    for v in counter(2):
        total += v
    try:
        fails()
    except KeyError:
        pass
    return total


sys.setprofile(prof)
result = main()
sys.setprofile(None)
print('result', result)
for e in events:
    print(*e)
print(sys.getprofile())
