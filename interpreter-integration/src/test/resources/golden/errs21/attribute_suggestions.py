import collections, os
class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10
    def add(self, name):
        self.items[name] = 1
    def total(self):
        return len(self.itmes)
inv = Inventory()
for expr in ("inv.capcity", "inv.ad('x')", "collections.OrderDic", "os.pth", "inv.total()",
             "len(invv)", "Inventroy()", "[].sortt()", "{}.iterms()", "'x'.uper()", "str.formatt",
             "collections.nonexistent_thing_xyz", "int.from_byte"):
    try:
        eval(expr)
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e, getattr(e, 'name', None))
import math
math.pii
