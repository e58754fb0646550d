class Widget:
    kind = "w"
    def __init__(self):
        self.size = 3
        self.color = "red"
    def draw(self): pass
w = Widget()
print(callable(w), callable(w.draw), callable(Widget), callable(len), callable(3), callable("s"))
print(vars(w), sorted(vars(w)))
print([n for n in dir(w) if not n.startswith("__")])
print([n for n in dir(Widget) if not n.startswith("_")])
print("size" in dir(w), "size" in dir(Widget), "__init__" in dir(Widget))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
