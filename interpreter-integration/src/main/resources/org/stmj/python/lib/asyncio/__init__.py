"""asyncio for stmj: an event loop written in Python over the interpreter's native coroutines.

A single-threaded loop runs callbacks (ready handles, then due timers); a Task drives its coroutine with
send()/throw() and suspends on the Future the coroutine awaits. No selectors or sockets: an idle loop waits on an
event that timers' deadlines bound and that other threads set (call_soon_threadsafe, executor jobs: to_thread,
run_in_executor, wrap_future, run_coroutine_threadsafe). What ordinary programs use: run, sleep, gather, create_task, wait_for, wait, as_completed, timeout,
shield, Future, Task, Queue (and Priority/LIFO), Event, Lock, Semaphore, BoundedSemaphore, Condition,
CancelledError, TimeoutError, InvalidStateError, get_running_loop, get_event_loop, new_event_loop,
current_task, all_tasks, iscoroutine, iscoroutinefunction.
"""

import _contextvars
import _thread
import heapq as _heapq
import sys as _sys
import threading as _threading
import time as _time

__all__ = ['run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for', 'wait', 'as_completed',
           'timeout', 'shield', 'Future', 'Task', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull',
           'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'CancelledError', 'TimeoutError',
           'InvalidStateError', 'get_running_loop', 'get_event_loop', 'new_event_loop', 'set_event_loop',
           'current_task', 'all_tasks', 'iscoroutine', 'iscoroutinefunction', 'FIRST_COMPLETED',
           'FIRST_EXCEPTION', 'ALL_COMPLETED', 'AbstractEventLoop', 'to_thread', 'wrap_future',
           'run_coroutine_threadsafe']


class CancelledError(BaseException):
    """The operation was cancelled."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & 0x80)


# ---------------------------------------------------------------------------------------------- futures

class Future:
    """A result that will be available later; awaiting it suspends the awaiting task until it is done."""

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None  # a task's CancelledError from its coroutine, handed out once (CPython's)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._state.lower())

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for cb, ctx in callbacks:
            self._loop.call_soon(cb, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Schedules fn(self) when done; with a context, fn runs in it (Context.run), as CPython's does."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [(cb, ctx) for cb, ctx in self._callbacks if cb != fn]
        return before - len(self._callbacks)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')  # the C _asyncio's text
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')  # the C _asyncio's text
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def isfuture(obj):
    return isinstance(obj, Future)


class _Sleep0:
    """Awaiting it yields None once: the task gives way to every other ready callback."""

    def __await__(self):
        yield


_task_counter = 0


class Task(Future):
    """Runs a coroutine: each step sends into it until it awaits a pending future, then waits for that future."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        global _task_counter
        _task_counter += 1
        self._name = name if name is not None else 'Task-%d' % _task_counter
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        # every step runs in this context (a copy of the creator's): ContextVar.set in one task stays in it
        self._context = _contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        self._loop._tasks.append(self)

    def __repr__(self):
        return '<Task %s name=%r>' % (self._state.lower(), self._name)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        prev = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(e.value)
        except CancelledError as e:
            # as CPython's Task.__step: the coroutine's own exception is kept (the first to ask re-raises it, its
            # traceback through the coroutine included); the future itself is cancelled without a message
            self._cancelled_exc = e
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as e:
            super().set_exception(e)
            raise
        except BaseException as e:
            super().set_exception(e)
        else:
            if isinstance(result, Future):
                if result is self:
                    loop.call_soon(self._step, RuntimeError('Task cannot await on itself: %r' % (self,)),
                                   context=self._context)
                else:
                    result.add_done_callback(self._wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            elif result is None:
                loop.call_soon(self._step, context=self._context)
            else:
                loop.call_soon(self._step, RuntimeError('Task got bad yield: %r' % (result,)), context=self._context)
        finally:
            loop._current_task = prev

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


# ---------------------------------------------------------------------------------------------- the loop

class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_when', '_seq', '_context')

    def __init__(self, callback, args, when=None, seq=0, context=None):
        self._callback = callback
        self._args = args
        self._context = context
        self._cancelled = False
        self._when = when
        self._seq = seq

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def __lt__(self, other):
        if self._when != other._when:
            return self._when < other._when
        return self._seq < other._seq


TimerHandle = Handle


class AbstractEventLoop:
    pass


class _Loop(AbstractEventLoop):
    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._tasks = []
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        # handles other threads scheduled (under _ts_lock), and the event they set to wake an idle loop
        self._ts_lock = _thread.allocate_lock()
        self._ts_ready = []
        self._wakeup = _threading.Event()
        # results the loop still expects from other threads (executor jobs); touched by the loop's thread only
        self._external = 0
        self._default_executor = None

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args, context=context)
        self._ready.append(h)
        return h

    def call_soon_threadsafe(self, callback, *args, context=None):
        h = Handle(callback, args, context=context)
        with self._ts_lock:
            self._ts_ready.append(h)
        self._wakeup.set()
        return h

    def _take_threadsafe(self):
        with self._ts_lock:
            if self._ts_ready:
                self._ready.extend(self._ts_ready)
                self._ts_ready = []

    def _idle(self):
        """Whether nothing can happen any more: no callback, no timer, no result expected from another thread."""
        return not self._ready and not self._scheduled and not self._external and not self._ts_ready

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        h = Handle(callback, args, when, self._seq, context)
        _heapq.heappush(self._scheduled, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name, context=context)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True

    def _run_once(self, wait_idle=False):
        sched = self._scheduled
        while sched and sched[0]._cancelled:
            _heapq.heappop(sched)
        self._take_threadsafe()
        if not self._ready:
            delay = sched[0]._when - self.time() if sched else None
            if self._external or wait_idle:
                # another thread may wake the loop before the next timer
                if delay is None or delay > 0:
                    self._wakeup.wait(delay)
                self._wakeup.clear()
                self._take_threadsafe()
            elif delay is not None and delay > 0:
                _time.sleep(delay)
        now = self.time()
        while sched and sched[0]._when <= now:
            h = _heapq.heappop(sched)
            if not h._cancelled:
                self._ready.append(h)
        batch = self._ready
        self._ready = []
        for h in batch:
            if not h._cancelled:
                try:
                    if h._context is None:
                        h._callback(*h._args)
                    else:
                        h._context.run(h._callback, *h._args)
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as e:
                    import sys
                    print('Exception in callback %r: %s: %s' % (h._callback, type(e).__name__, e), file=sys.stderr)

    def run_forever(self):
        """Runs until stop(); while idle it waits for other threads' callbacks, as CPython's loop does."""
        self._run(until_idle=False)

    def _run(self, until_idle):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        self._stopping = False
        _running_loops[_thread.get_ident()] = self
        old_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        try:
            while not self._stopping:
                idle = self._idle()
                if idle and until_idle and _threading.active_count() <= 1:
                    # run_until_complete with no callback, no timer and no other thread that could schedule one:
                    # nothing can complete its future (it raises where CPython would wait for ever)
                    break
                self._run_once(wait_idle=idle)
        finally:
            _sys.set_asyncgen_hooks(*old_hooks)
            self._running = False
            self._stopping = False
            _running_loops.pop(_thread.get_ident(), None)
            self._tasks = [t for t in self._tasks if not t.done()]

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        fut = ensure_future(future, loop=self)
        fut.add_done_callback(_stop_loop)
        try:
            self._run(until_idle=True)
        finally:
            fut.remove_done_callback(_stop_loop)
        if not fut.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return fut.result()

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in executor (a shared ThreadPoolExecutor when None); returns an asyncio Future."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = self._default_executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Waits, in a thread of its own, until the default executor's threads have finished."""
        executor = self._default_executor
        if executor is None:
            return
        self._default_executor = None
        done = self.create_future()
        self._external += 1

        def shut():
            try:
                executor.shutdown(wait=True)
            finally:
                self.call_soon_threadsafe(self._external_done, done, None)

        _threading.Thread(target=shut, name='asyncio-shutdown').start()
        await done

    def _external_done(self, fut, result):
        self._external -= 1
        if not fut.done():
            fut.set_result(result)

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.append(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self.create_task(_aclose(agen))

    async def shutdown_asyncgens(self):
        """Closes every async generator first iterated on this loop that has not finished (their finally blocks run)."""
        self._asyncgens_shutdown_called = True
        agens = self._asyncgens
        self._asyncgens = []
        if not agens:
            return
        await gather(*[_aclose(ag) for ag in agens], return_exceptions=True)

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass


async def _aclose(agen):
    await agen.aclose()


def _stop_loop(fut):
    fut._loop.stop()


# the running loop and the current event loop are per thread, as in CPython (keyed by thread id)
_running_loops = {}
_event_loops = {}


def get_running_loop():
    loop = _running_loops.get(_thread.get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _running_loops.get(_thread.get_ident())


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    if loop is None:
        _event_loops.pop(_thread.get_ident(), None)
    else:
        _event_loops[_thread.get_ident()] = loop


def get_event_loop():
    running = _get_running_loop()
    if running is not None:
        return running
    loop = _event_loops.get(_thread.get_ident())
    if loop is None or loop._closed:
        loop = _Loop()
        _event_loops[_thread.get_ident()] = loop
    return loop


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(aw):
    return await aw


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            pending = [t for t in loop._tasks if not t.done()]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


# ---------------------------------------------------------------------------------------------- threads

def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future (cancelling it cancels the other)."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    fut = loop.create_future()
    loop._external += 1

    def copy(cf):
        loop._external -= 1
        if fut.cancelled():
            return
        if cf.cancelled():
            fut.cancel()
        elif cf.exception() is not None:
            fut.set_exception(cf.exception())
        else:
            fut.set_result(cf.result())

    def cancel(f):
        if f.cancelled():
            future.cancel()

    fut.add_done_callback(cancel)
    future.add_done_callback(lambda cf: loop.call_soon_threadsafe(copy, cf))
    return fut


async def to_thread(func, /, *args, **kwargs):
    """Runs func in the loop's default executor, in a copy of the current context; returns its result."""
    import contextvars
    import functools
    loop = get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, functools.partial(ctx.run, func, *args, **kwargs))


def run_coroutine_threadsafe(coro, loop):
    """Submits a coroutine to a loop running in another thread; returns a concurrent.futures.Future."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    result = concurrent.futures.Future()

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except BaseException as e:
            if result.set_running_or_notify_cancel():
                result.set_exception(e)
            raise

        def done(t):
            if t.cancelled():
                result.cancel()
            elif not result.set_running_or_notify_cancel():
                return
            elif t.exception() is not None:
                result.set_exception(t.exception())
            else:
                result.set_result(t.result())

        task.add_done_callback(done)

        def cancel(cf):
            if cf.cancelled():
                loop.call_soon_threadsafe(task.cancel)

        result.add_done_callback(cancel)

    loop.call_soon_threadsafe(start)
    return result


# ---------------------------------------------------------------------------------------------- coroutines

def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    arg_to_fut = {}
    for arg in coros_or_futures:
        if arg in arg_to_fut:
            fut = arg_to_fut[arg]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            arg_to_fut[arg] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = [0]
    n = len(children)

    def _done_callback(fut):
        state[0] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == n:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in set(children):
        fut.add_done_callback(_done_callback)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(_inner_done)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        try:
            await _Sleep0()
            await fut
        except CancelledError as exc:
            # CPython: raise exceptions.TimeoutError() from exc (the cancellation shows as the direct cause)
            raise TimeoutError() from exc
        return fut.result()
    waiter = loop.create_future()

    def _release(_=None):
        if not waiter.done():
            waiter.set_result(None)

    h = loop.call_later(timeout, _release)
    fut.add_done_callback(_release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(_release)
            fut.cancel()
            try:
                await fut
            except CancelledError:
                pass
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(_release)
        fut.cancel()
        try:
            await fut
        except CancelledError as exc:
            raise TimeoutError() from exc
        return fut.result()
    finally:
        h.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if not waiter.done():
                waiter.set_result(None)

    h = None
    if timeout is not None:
        h = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        if not all(f.done() for f in fs) and not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)):
            await waiter
    finally:
        if h is not None:
            h.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    order = []
    waiters = []

    def _on_completion(f):
        order.append(f)
        if waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)

    for f in todo:
        f.add_done_callback(_on_completion)

    async def _wait_for_one():
        if not order:
            w = loop.create_future()
            waiters.append(w)
            await w
        return order.pop(0).result()

    for _ in range(len(todo)):
        yield _wait_for_one()


class Timeout:
    """async with timeout(delay): cancels the enclosing task at the deadline and raises TimeoutError."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None and self._task is not None:
            self._handle = self._task._loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._handle = None

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            self._task.uncancel()
            raise TimeoutError from exc_val
        return None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------------------------------------- synchronisation

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._waiters = []
        self._locked = False

    def __repr__(self):
        return '<asyncio.locks.Lock object [%s]>' % ('locked' if self._locked else 'unlocked')

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    pass

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# ---------------------------------------------------------------------------------------------- queues

class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _get(self):
        item = self._queue[self._head]
        self._queue[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._queue):
            del self._queue[:self._head]
            self._head = 0
        return item

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s maxsize=%r>' % (type(self).__name__, self._maxsize)

    def qsize(self):
        return len(self._queue) - getattr(self, '_head', 0)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def qsize(self):
        return len(self._queue)

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def qsize(self):
        return len(self._queue)

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ---------------------------------------------------------------------------------------------- 3.11 additions

class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...); waits for all tasks; the first failure cancels the rest.

    Failures are raised as an ExceptionGroup where the interpreter has one, else the first failure itself.
    """

    def __init__(self):
        self._tasks = set()
        self._errors = []
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_task = None
        self._on_completed = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append('tasks=%d' % len(self._tasks))
        if self._errors:
            info.append('errors=%d' % len(self._errors))
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return '<TaskGroup%s>' % ' '.join(info)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has been already entered" % (self,))
        self._entered = True
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError('TaskGroup cannot determine the parent task')
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = get_running_loop().create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed is not None and not self._tasks:
            if not self._on_completed.done():
                self._on_completed.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting:
            self._abort()
            if not self._exiting and self._parent_task is not None:
                self._parent_task.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancel = None
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._on_completed = get_running_loop().create_future()
            try:
                await self._on_completed
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancel = e
                    self._abort()
            self._on_completed = None
        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel
        if et is not None and issubclass(et, CancelledError) and not self._errors:
            return False
        if self._errors:
            errors = self._errors
            self._errors = []
            import builtins
            group = getattr(builtins, 'BaseExceptionGroup', None)
            if group is not None and all(isinstance(e, Exception) for e in errors):
                # as CPython's BaseExceptionGroup.__new__: only Exceptions make an ExceptionGroup
                group = getattr(builtins, 'ExceptionGroup', group)
            if group is not None:
                raise group('unhandled errors in a TaskGroup', errors) from None
            raise errors[0]
        return False


class Runner:
    """with asyncio.Runner() as runner: runner.run(coro) ... on one event loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._factory = loop_factory

    def __enter__(self):
        self.get_loop()
        return self

    def __exit__(self, *exc):
        self.close()

    def get_loop(self):
        if self._loop is None:
            self._loop = self._factory() if self._factory is not None else new_event_loop()
        return self._loop

    def run(self, coro, *, context=None):
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        loop = self.get_loop()
        if context is not None and iscoroutine(coro):
            coro = loop.create_task(coro, context=context)
        return loop.run_until_complete(coro)

    def close(self):
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            pending = [t for t in loop._tasks if not t.done()]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()


__all__ += ['TaskGroup', 'Runner']
