class A:
    def __repr__(self): return "A-repr"
class B:
    def __str__(self): return "B-str"
    def __repr__(self): return "B-repr"
class C:
    def __str__(self): return "C-str"
print(A(), str(A()), repr(A()), [A()])
print(B(), str(B()), repr(B()), [B()], (B(),), {"k": B()})
print(str(C()), f"{C()}", "%s" % C())
print(repr(C()).startswith("<__main__.C object at "))
