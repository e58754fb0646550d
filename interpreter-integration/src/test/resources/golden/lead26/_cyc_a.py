import _cyc_b
VALUE = 1

def later():
    return _cyc_b.seen
