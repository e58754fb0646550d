import sys, importlib.abc, importlib.util, importlib.machinery

class VirtualFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves modules named virt_* from strings."""
    def find_spec(self, name, path, target=None):
        if name.startswith("virt_"):
            return importlib.util.spec_from_loader(name, self)
        return None
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.VALUE = module.__name__.upper()
        module.double = lambda x: 2 * x

class Shadow(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "colorsys":
            return importlib.machinery.ModuleSpec(name, VirtualFinder())
        return None

sys.meta_path.append(VirtualFinder())
import virt_alpha
print(virt_alpha.VALUE, virt_alpha.double(21), virt_alpha.__spec__.name)
from virt_beta import VALUE
print(VALUE)
sys.meta_path.insert(0, Shadow())
import colorsys
print(colorsys.VALUE, hasattr(colorsys, "rgb_to_hsv"))
try:
    import virt_gamma.sub
except ModuleNotFoundError as e:
    print("MNF", e)
import json
print(json.dumps([1]))
