# importlib.util.spec_from_file_location + exec_module: SourceFileLoader compiles bytes with optimize
import importlib.util
import os
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'golden_tmp_plugin.py')
with open(path, 'w', encoding='utf-8') as f:
    f.write('"""A plugin."""\n# -*- coding: utf-8 -*-\nNAME = "plügin"\n\ndef greet(who):\n'
            '    return f"hello {who} from {NAME}"\n\nassert NAME\n')
spec = importlib.util.spec_from_file_location('golden_tmp_plugin', path)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.greet('world'), m.__doc__, m.__name__)
print(type(spec.loader).__name__, os.path.basename(m.__file__))
src = spec.loader.get_source('golden_tmp_plugin')
print(len(src.splitlines()))
code = spec.loader.source_to_code(spec.loader.get_data(path), path)
print(type(code).__name__)
for name in os.listdir(d):
    p = os.path.join(d, name)
    if os.path.isdir(p):
        for q in os.listdir(p):
            os.remove(os.path.join(p, q))
        os.rmdir(p)
    else:
        os.remove(p)
os.rmdir(d)
print('cleaned')
