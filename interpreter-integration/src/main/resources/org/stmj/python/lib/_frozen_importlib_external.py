"""CPython's frozen importlib._bootstrap_external, which zipimport imports by this name: the module itself. importlib's own
start-up asks for it first and then loads its modules itself, so while importlib is being set up it is absent."""
import sys

_il = sys.modules.get('importlib')
del sys.modules[__name__]  # not found half-made while importlib sets up
if _il is not None and getattr(_il, '_bootstrap_external', None) is None:
    raise ModuleNotFoundError("No module named '_frozen_importlib_external'", name=__name__)
import importlib._bootstrap_external

sys.modules[__name__] = importlib._bootstrap_external
