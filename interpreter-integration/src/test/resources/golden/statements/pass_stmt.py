def f():
    pass
class C:
    pass
for _ in range(2):
    pass
if True:
    pass
print(f(), C.__name__, "done")
