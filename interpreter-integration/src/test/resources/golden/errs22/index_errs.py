for f in (lambda: [1, 2].index(3), lambda: 'abc'.index('z'), lambda: [1].remove(2), lambda: (1, 2).index(5), lambda: 'abc'.rindex('q'),
          lambda: b'abc'.index(b'z'), lambda: bytearray(b'a').remove(98), lambda: [1, 2, 3].index(1, 1), lambda: 'abc'.index('a', 1, 2),
          lambda: set().remove(1), lambda: {}.pop('k'), lambda: [].pop(), lambda: [1].pop(5), lambda: {}.popitem(), lambda: set().pop(),
          lambda: 'x'.index(1), lambda: [1].index(), lambda: __import__('collections').deque().popleft(), lambda: __import__('collections').deque([1]).remove(2),
          lambda: 'abc'.split(''), lambda: [1, 2][5], lambda: 'ab'[9], lambda: range(3)[5], lambda: (1,)[2], lambda: b'a'[3], lambda: [1].insert('a', 1)):
    try:
        print(f())
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
['a', 'b'].index('c')
