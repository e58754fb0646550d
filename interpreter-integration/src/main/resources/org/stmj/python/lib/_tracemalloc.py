"""_tracemalloc for stmj: the JVM has no hook on each allocation, so memory blocks are never traced. The module
answers as CPython's does while tracing is off (is_tracing() False, no traces, zero sizes), so tracemalloc imports
and code that only asks works; start() raises RuntimeError instead of tracing nothing silently."""

_limit = 1


def is_tracing():
    """True if the tracemalloc module is tracing Python memory allocations (never here)."""
    return False


def start(nframe=1, /):
    """Start tracing Python memory allocations: not available on the JVM."""
    if not isinstance(nframe, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(nframe).__name__)
    if nframe < 1 or nframe > 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    raise RuntimeError("tracemalloc is not available: the JVM has no per-allocation hook")


def stop():
    """Stop tracing Python memory allocations (nothing to stop)."""


def clear_traces():
    """Clear traces of memory blocks allocated by Python (there are none)."""


def get_traceback_limit():
    """The maximum number of frames stored in a trace's traceback."""
    return _limit


def get_traced_memory():
    """(current size, peak size) of the traced memory blocks: (0, 0)."""
    return (0, 0)


def reset_peak():
    """Set the peak size of traced memory blocks to the current size."""


def get_tracemalloc_memory():
    """Memory used by the tracemalloc module itself to store traces: 0."""
    return 0


def _get_traces():
    return []


def _get_object_traceback(obj):
    return None
