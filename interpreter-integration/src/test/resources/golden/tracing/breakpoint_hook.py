# breakpoint() calls sys.breakpointhook with its arguments; the default hook reads PYTHONBREAKPOINT: 0 turns it
# off, module.function names the hook, an unimportable name warns and does nothing
import os
import sys
import warnings

calls = []


def my_hook(*args, **kwargs):
    calls.append((args, kwargs))
    return 'hooked'


sys.breakpointhook = my_hook
print(breakpoint(1, 2, k=3))
print(calls)
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'json.dumps'
print(breakpoint([1, 2]))
os.environ['PYTHONBREAKPOINT'] = 'no_such_module_xyz.hook'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(breakpoint())
print([str(x.message) for x in w], [x.category.__name__ for x in w])
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
