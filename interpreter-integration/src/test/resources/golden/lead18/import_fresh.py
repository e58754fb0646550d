# importlib.import_module after the package and its submodules were removed from sys.modules (what
# test.support.import_helper.import_fresh_module does): a fresh package that runs once and binds its submodules
import sys, importlib
import json
print(hasattr(json, 'decoder'))
for k in [k for k in sys.modules if k == 'json' or k.startswith('json.')]:
    del sys.modules[k]
j = importlib.import_module('json')
print(j is json, hasattr(j, 'decoder'), 'json.decoder' in sys.modules)
for k in [k for k in sys.modules if k == 'json' or k.startswith('json.')]:
    del sys.modules[k]
import json as j2
print(j2 is json, hasattr(j2, 'decoder'))
import builtins
import _fresh_mod
del sys.modules['_fresh_mod']
m = importlib.import_module('_fresh_mod')
print(builtins.fresh_runs, m is not _fresh_mod)
