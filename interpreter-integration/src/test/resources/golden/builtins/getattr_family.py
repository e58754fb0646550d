class C:
    a = 1
o = C()
setattr(o, "b", 2)
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c", "default"), hasattr(o, "b"), hasattr(o, "c"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "zz")
except AttributeError as e:
    print("AttributeError:", e)
setattr(C, "m", lambda self: "dynamic method")
print(o.m())
name = "a"
print(getattr(C, name), getattr(o, "__class__").__name__)
