# BaseException's attributes are data descriptors over the exception's own state: assignments are checked and
# reach what raise and the traceback printer use; pickling and copying keep args and the instance dict.
import copy
import pickle
import sys

e = Exception(1)
e.__cause__ = ValueError(2)
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = KeyError('k')
print(repr(e.__context__))
for name, value in [('__cause__', 1), ('__context__', 'x'), ('__traceback__', 5)]:
    try:
        setattr(Exception(), name, value)
    except TypeError as x:
        print(name, 'TypeError:', x)
for name in ['__cause__', '__context__']:
    try:
        delattr(Exception(), name)
    except TypeError as x:
        print('del', name, 'TypeError')
e.args = [1, 2]
print(e.args, type(e.args).__name__)
print('args' in dir(e), '__traceback__' in dir(e))

try:
    raise IndexError(4)
except IndexError:
    tb = sys.exc_info()[2]
print(BaseException().with_traceback(tb).__traceback__ is tb)
x = IndexError(5)
x.__traceback__ = tb
x.__traceback__ = None
print(x.__traceback__)

for orig in [ValueError(3, 4), KeyError('a'), OSError(2, 'nope'), ImportError('m', name='n', path='p'),
             SyntaxError('bad', ('f.py', 1, 2, 'abc', 1, 3)), UnicodeError('u')]:
    orig.note = 'kept'
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        p = pickle.loads(pickle.dumps(orig, proto))
        assert type(p) is type(orig) and p.args == orig.args and p.note == 'kept', (orig, proto)
    c = copy.copy(orig)
    print(type(c).__name__, c.args, c.note, str(c))

ie = ImportError('test', name='name', path='path')
print(ie.msg, ie.name, ie.path)
ie.__init__()
print(ie.args, ie.msg, ie.name, ie.path)
print(ImportError('a', 'b').msg)


def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as caught:
    print(type(caught).__name__, repr(caught.__context__), caught.__context__.__context__ is caught.__context__)

try:
    try:
        raise KeyError('inner')
    except KeyError as k:
        raise RuntimeError('outer') from k
except RuntimeError as r:
    print(repr(r.__cause__), r.__suppress_context__)

for args in [('bad.py', 1, 2), ('bad.py', 1, 2, 4, 5, 6, 7), ('bad.py', 1, 2, 'abcdefg', 1)]:
    try:
        SyntaxError('bad bad', args)
        print('accepted', len(args))
    except TypeError:
        print('TypeError', len(args))
