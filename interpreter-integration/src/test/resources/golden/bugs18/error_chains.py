"""Exception handling a user writes: custom hierarchies, raise from, implicit context, suppress with from None,
finally ordering, else clauses, re-raise, add_note, ExceptionGroup with except*, and traceback formatting."""
import traceback
import contextlib


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


class ConfigError(AppError):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad number %r' % text, code=2) from e


def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ConfigError as e:
            out.append(('err', e.code, type(e.__cause__).__name__))
        else:
            out.append('ok')
        finally:
            out.append('f')
    return out


print(load(['1', 'x', '3']))


def implicit():
    try:
        {}['missing']
    except KeyError:
        return 1 / 0


try:
    implicit()
except ZeroDivisionError as e:
    print(type(e.__context__).__name__, e.__context__, e.__suppress_context__, e.__cause__)


def hidden():
    try:
        [][1]
    except IndexError:
        raise AppError('hidden') from None


try:
    hidden()
except AppError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
    print(''.join(traceback.format_exception_only(type(e), e)).strip())


def order():
    log = []
    try:
        try:
            log.append('try')
            raise RuntimeError('inner')
        finally:
            log.append('finally1')
    except RuntimeError as e:
        log.append('caught ' + str(e))
        try:
            raise
        except RuntimeError:
            log.append('reraised')
    finally:
        log.append('finally2')
    return log


print(order())
try:
    try:
        raise ValueError('with note')
    except ValueError as e:
        e.add_note('while loading config.ini')
        e.add_note('line 3')
        raise
except ValueError as e:
    print(e.__notes__)
    print(traceback.format_exception_only(type(e), e))


def many():
    errors = []
    for i, f in enumerate([lambda: 1 / 0, lambda: int('z'), lambda: None, lambda: [].pop()]):
        try:
            f()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('batch failed', errors)


try:
    many()
except* ZeroDivisionError as g:
    print('zero', [str(e) for e in g.exceptions])
except* (ValueError, IndexError) as g:
    print('value/index', sorted(type(e).__name__ for e in g.exceptions), g.message)

try:
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print('values', repr(g))
except ExceptionGroup as rest:
    print('rest', repr(rest))
    print(rest.subgroup(lambda e: isinstance(e, TypeError)))
    match, other = rest.split(TypeError)
    print(match is not None, other)

with contextlib.suppress(KeyError, AppError):
    raise ConfigError('ignored')
print('suppressed ok')
try:
    raise AppError('code', code=9)
except Exception as e:
    print(isinstance(e, AppError), e.code, e.args, repr(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == '', e.__traceback__ is not None)
try:
    exec('x = (1,\n')
except SyntaxError as e:
    print('syntax', type(e).__name__)
