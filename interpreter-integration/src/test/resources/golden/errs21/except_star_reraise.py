# A group that except* makes of what its handlers raised carries no traceback entry for the raising frame
def run():
    try:
        raise ExceptionGroup("batch", [TypeError("t1"), ValueError("v1"), TypeError("t2")])
    except* TypeError:
        raise RuntimeError("handler failed")
def outer():
    try:
        run()
    except ExceptionGroup as g:
        tb = g.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(g).__name__, repr(g.message), len(g.exceptions), names)
        print([type(e).__name__ for e in g.exceptions])
outer()
try:
    raise ExceptionGroup("here", [KeyError("k")])
except* KeyError:
    raise OSError("again")
