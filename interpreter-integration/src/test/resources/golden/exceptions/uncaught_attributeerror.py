class C:
    pass
c = C()
print(type(c).__name__)
c.nothing()
