# try/except* (PEP 654): matching parts of a group, wrapping naked exceptions, re-raising what is left
import sys

def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for s in e.exceptions for x in leaves(s)]
    return [repr(e)]

def run(title, body):
    try:
        body()
        print(title, "-> nothing escaped")
    except BaseException as e:
        print(title, "->", type(e).__name__, repr(getattr(e, "message", str(e))), leaves(e))

def split_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* TypeError as e:
        print("  TypeError part:", repr(e))
run("split_two", split_two)

def unmatched_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError as e:
        print("  handled", e.exceptions)
run("unmatched_rest", unmatched_rest)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  wrapped:", repr(e), type(e).__name__, e.exceptions[0] is not None)
run("naked", naked)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not reached")
run("naked_unmatched", naked_unmatched)

def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("from handler")
run("raise_in_handler", raise_in_handler)

def raise_context():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise RuntimeError("ctx")
    except RuntimeError as r:
        print("  context:", repr(r.__context__))
run("raise_context", raise_context)

def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
run("bare_reraise", bare_reraise)

def reraise_and_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise IndexError("new")
run("reraise_and_raise", reraise_and_raise)

def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("  values:", repr(e))
    except* TypeError as e:
        print("  types:", repr(e))
run("nested_groups", nested_groups)

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("  both:", repr(e))
    except* LookupError as e:
        print("  lookup:", repr(e))
run("tuple_types", tuple_types)

def exc_info_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  exc_info:", repr(sys.exc_info()[1]))
    print("  after:", sys.exc_info())
run("exc_info_inside", exc_info_inside)

def else_finally():
    try:
        pass
    except* ValueError:
        print("  no")
    else:
        print("  else ran")
    finally:
        print("  finally ran")
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  handler ran")
    else:
        print("  else not")
    finally:
        print("  finally again")
run("else_finally", else_finally)

def name_cleared():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as n:
        print("  name cleared:", n)
run("name_cleared", name_cleared)

def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  ki:", repr(e), type(e).__name__)
run("base_exceptions", base_exceptions)

def catch_exception_whole():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* Exception as e:
        print("  whole group:", repr(e))
run("catch_exception_whole", catch_exception_whole)

def in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            for j in range(2):
                if j == 1:
                    break
                out.append((i, j))
    print("  loop:", out)
run("in_loop", in_loop)

def nested_star():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("b", [KeyError(3), IndexError(4)])
        except* KeyError as k:
            print("  inner handled", repr(k))
run("nested_star", nested_star)

def in_generator():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield 2
gen = in_generator()
print("generator:", next(gen), next(gen))
try:
    next(gen)
except ExceptionGroup as e:
    print("generator raised", leaves(e))

class EG(ExceptionGroup):
    def derive(self, excs):
        return EG(self.message + "!", excs)
def subclass_derive():
    try:
        raise EG("sub", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  match:", type(e).__name__, e.message)
run("subclass_derive", subclass_derive)
