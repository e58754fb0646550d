print(type(1), type("s"), type([]), type(None), type(type))
MyClass = type("MyClass", (), {"x": 1, "hi": lambda self: "hi"})
m = MyClass()
print(MyClass.__name__, m.x, m.hi())
Sub = type("Sub", (MyClass,), {"y": 2})
print(Sub().x, Sub().y, [c.__name__ for c in Sub.__mro__])
class K: pass
print(K.__name__, K.__qualname__, K.__module__, type(K()).__name__)
