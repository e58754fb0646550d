class C:
    cls_attr = 1
c = C()
c.x = 5
c.y = 6
del c.x
print(hasattr(c, "x"), c.y, vars(c))
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
del C.cls_attr
print(hasattr(C, "cls_attr"))
