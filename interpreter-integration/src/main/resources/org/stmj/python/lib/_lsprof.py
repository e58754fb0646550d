"""Fast profiler (CPython's C module _lsprof, written here in Python over sys.setprofile).

cProfile.Profile subclasses Profiler: enable() installs a profile function that times every Python call and
return; getstats() gives one profiler_entry per code object with its counts and times and, with subcalls, one
profiler_subentry per callee. The bookkeeping follows lsprof: a call's total time counts only at the outermost
level of a recursion (the inner ones count in reccallcount), its inline time is the total minus the time spent in
its callees. Built-in functions are not reported (the interpreter gives no c_call events).
"""

import sys as _sys
import time as _time

__all__ = ["Profiler", "profiler_entry", "profiler_subentry"]


def _entry_type(name, fields, doc):
    """A tuple type with one named, read-only property per field and CPython's repr, like a C struct sequence."""
    def __repr__(self):
        return "_lsprof.%s(%s)" % (name, ", ".join("%s=%r" % kv for kv in zip(fields, self)))

    ns = {"__doc__": doc, "__slots__": (), "__module__": "_lsprof", "__repr__": __repr__,
          "n_fields": len(fields), "n_sequence_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)


profiler_entry = _entry_type(
    "profiler_entry", ("code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"),
    "(code, callcount, reccallcount, totaltime, inlinetime, calls) of one function.")
profiler_subentry = _entry_type(
    "profiler_subentry", ("code", "callcount", "reccallcount", "totaltime", "inlinetime"),
    "(code, callcount, reccallcount, totaltime, inlinetime) of one callee of a function.")


class _Entry:
    __slots__ = ("code", "callcount", "reccallcount", "tt", "it", "level", "subs")

    def __init__(self, code):
        self.code = code
        self.callcount = 0
        self.reccallcount = 0
        self.tt = 0
        self.it = 0
        self.level = 0
        self.subs = None


class _Context:
    __slots__ = ("frame", "entry", "sub", "t0", "subt", "previous")


_OWN_FILE = __file__


class Profiler:
    """Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function. The default timer is a fast built-in one. The
    optional timeunit gives the unit of the timer's results (0.0: seconds for a float timer).
    """

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer if timer is not None else _time.perf_counter
        self._unit = timeunit if timeunit else 1.0
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._entries = {}
        self._current = None
        self._enabled = False

    def _entry(self, code):
        e = self._entries.get(code)
        if e is None:
            e = self._entries[code] = _Entry(code)
        return e

    def _callback(self, frame, event, arg):
        if event == "call":
            code = frame.f_code
            if code.co_filename == _OWN_FILE:
                return
            now = self._timer()
            entry = self._entry(code)
            ctx = _Context()
            ctx.frame = frame
            ctx.entry = entry
            ctx.sub = None
            ctx.subt = 0
            ctx.previous = self._current
            entry.level += 1
            if self._subcalls and ctx.previous is not None:
                caller = ctx.previous.entry
                subs = caller.subs
                if subs is None:
                    subs = caller.subs = {}
                sub = subs.get(code)
                if sub is None:
                    sub = subs[code] = _Entry(code)
                sub.level += 1
                ctx.sub = sub
            self._current = ctx
            ctx.t0 = self._timer()
            # the time before t0 (this bookkeeping) is charged to nobody
            if ctx.previous is not None:
                ctx.previous.subt += ctx.t0 - now
        elif event == "return":
            ctx = self._current
            if ctx is None or ctx.frame is not frame:
                return
            self._stop(ctx, self._timer())

    def _stop(self, ctx, now):
        tt = now - ctx.t0
        it = tt - ctx.subt
        if ctx.previous is not None:
            ctx.previous.subt += tt
        self._current = ctx.previous
        entry = ctx.entry
        entry.level -= 1
        if entry.level == 0:
            entry.tt += tt
        else:
            entry.reccallcount += 1
        entry.it += it
        entry.callcount += 1
        sub = ctx.sub
        if sub is not None:
            sub.level -= 1
            if sub.level == 0:
                sub.tt += tt
            else:
                sub.reccallcount += 1
            sub.it += it
            sub.callcount += 1

    def enable(self, subcalls=True, builtins=True):
        """enable(subcalls=True, builtins=True)

        Start collecting profiling information.
        """
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._enabled = True
        _sys.setprofile(self._callback)

    def disable(self):
        """disable()

        Stop collecting profiling information.
        """
        if not self._enabled:
            return
        _sys.setprofile(None)
        self._enabled = False
        now = self._timer()
        while self._current is not None:
            self._stop(self._current, now)

    def clear(self):
        """clear()

        Clear all profiling information collected so far.
        """
        self._entries = {}
        self._current = None

    def getstats(self):
        """getstats() -> list of profiler_entry objects

        Return all information collected by the profiler: one profiler_entry per function with its code,
        callcount, reccallcount, totaltime, inlinetime and calls (a list of profiler_subentry, or None).
        """
        unit = self._unit
        out = []
        for e in self._entries.values():
            calls = None
            if e.subs is not None:
                calls = [profiler_subentry((s.code, s.callcount, s.reccallcount, s.tt * unit, s.it * unit))
                         for s in e.subs.values()]
            out.append(profiler_entry((e.code, e.callcount, e.reccallcount, e.tt * unit, e.it * unit, calls)))
        return out
