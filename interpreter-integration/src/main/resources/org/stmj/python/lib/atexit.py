"""Exit handlers, run by the interpreter when the main program ends (last registered first)."""
_handlers = []


def register(func, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    import sys
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            # CPython's _PyErr_WriteUnraisableMsg("in atexit callback", func), SystemExit included: through
            # sys.unraisablehook, with the traceback from the callback's own frame (this loop is C there)
            tb = e.__traceback__
            tb = tb.tb_next if tb is not None else None
            report = sys.UnraisableHookArgs((type(e), e, tb, "Exception ignored in atexit callback", func))
            try:
                sys.unraisablehook(report)
            except BaseException as x:
                sys.__unraisablehook__(sys.UnraisableHookArgs(
                    (type(x), x, x.__traceback__, "Exception ignored in sys.unraisablehook", sys.unraisablehook)))
            del e, tb, report
