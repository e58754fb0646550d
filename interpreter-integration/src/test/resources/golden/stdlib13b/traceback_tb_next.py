# traceback.tb_next is writable (None or a traceback; a loop is refused), as unittest uses it
def inner():
    raise KeyError(1)

def outer():
    inner()

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    n = 0
    t = tb
    while t is not None:
        n += 1
        t = t.tb_next
    print('entries', n)
    second = tb.tb_next
    tb.tb_next = None
    print(tb.tb_next)
    try:
        second.tb_next = tb
        second.tb_next.tb_next = second
    except ValueError as ex:
        print('ValueError', ex)
    try:
        tb.tb_next = 5
    except TypeError as ex:
        print('TypeError', ex)
