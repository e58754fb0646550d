# A class attribute deleted while the instance dict is searched for the same name (a key's __eq__ runs during the
# lookup) is still used for that one access, and gone afterwards; the attribute cache must not crash.
class Evil(object):
    def __hash__(self):
        return hash('attr')

    def __eq__(self, other):
        try:
            del C.attr
        except AttributeError:
            pass
        return 0


class Descr(object):
    def __get__(self, ob, type=None):
        return 1


class C(object):
    attr = Descr()


def read(o):
    return o.attr


c = C()
for i in range(3):
    # warm the attribute cache of read() before the dict gets its colliding key
    print(read(c))
c.__dict__[Evil()] = 0
print(read(c))
print(hasattr(c, 'attr'))
C.attr = Descr()
print(read(c))
print(hasattr(c, 'attr'))
