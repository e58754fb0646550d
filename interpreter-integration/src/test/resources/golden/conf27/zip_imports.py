# a program shipping its helpers in a zip archive: zipimport, sys.path entries, packages and resources in the zip
import importlib
import os
import shutil
import sys
import tempfile
import zipfile
import zipimport

tmp = tempfile.mkdtemp()
archive = os.path.join(tmp, "plugins.zip")
with zipfile.ZipFile(archive, "w") as z:
    z.writestr("greet.py", "def hello(name):\n    return 'hello, ' + name\n")
    z.writestr("tools/__init__.py", "VERSION = (1, 2)\nfrom .calc import add\n")
    z.writestr("tools/calc.py", "def add(a, b):\n    return a + b\n")
    z.writestr("tools/data.txt", "some data\n")
    z.writestr("broken.py", "def f(:\n    pass\n")

zi = zipimport.zipimporter(archive)
print(type(zi).__name__, zi.prefix == "", zi.archive == archive)
print("is_package:", zi.is_package("tools"), zi.is_package("greet"))
print("source:", repr(zi.get_source("greet")))
spec = zi.find_spec("greet")
print("spec:", spec.name, type(spec.loader).__name__, spec.origin == os.path.join(archive, "greet.py"))
print("missing:", zi.find_spec("nothere"))
try:
    zi.get_source("nothere")
except zipimport.ZipImportError as e:
    print("ZipImportError:", e)
try:
    zipimport.zipimporter(os.path.join(tmp, "nothere.zip"))
except zipimport.ZipImportError as e:
    print("ZipImportError: not a zip file" if "not a Zip file" in str(e) else e)

sys.path.insert(0, archive)
import greet
import tools
from tools import calc
print(greet.hello("zip"), tools.VERSION, tools.add(2, 3), calc.add(1, 1))
print(type(greet.__loader__).__name__, greet.__file__ == os.path.join(archive, "greet.py"))
print(tools.__path__ == [os.path.join(archive, "tools")], calc.__name__, calc.__package__)
print(greet.__loader__.get_data(os.path.join(archive, "tools", "data.txt")))
m = importlib.import_module("tools.calc")
print(m is calc, importlib.util.find_spec("greet").name)
try:
    import broken
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    import tools.nothere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
sys.path.remove(archive)
shutil.rmtree(tmp)
