# an event bus holding its listeners weakly (WeakMethod for bound methods, ref for functions)
import gc
import weakref


class Bus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, fn):
        ref = weakref.WeakMethod(fn) if hasattr(fn, "__self__") else weakref.ref(fn)
        self._subs.setdefault(event, []).append(ref)

    def emit(self, event, *args):
        alive = []
        for ref in self._subs.get(event, []):
            fn = ref()
            if fn is not None:
                alive.append(ref)
                fn(*args)
        self._subs[event] = alive
        return len(alive)


class Widget:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_click(self, x, y):
        self.seen.append((x, y))
        print(f"{self.name} clicked at {x},{y}")


def logger(x, y):
    print("log", x, y)


bus = Bus()
w1, w2 = Widget("ok"), Widget("cancel")
bus.subscribe("click", w1.on_click)
bus.subscribe("click", w2.on_click)
bus.subscribe("click", logger)
print("listeners:", bus.emit("click", 1, 2))
print("weakrefs to w2:", weakref.getweakrefcount(w2), "to on_click:", weakref.getweakrefcount(Widget.on_click))
del w2
gc.collect()
print("listeners:", bus.emit("click", 3, 4))
wm = weakref.WeakMethod(w1.on_click)
print(wm == weakref.WeakMethod(w1.on_click), wm() == w1.on_click, type(wm).__mro__[1].__name__)
try:
    weakref.WeakMethod(logger)
except TypeError as e:
    print("TypeError:", e)
try:
    bus.subscribe("click", (lambda x, y: None))
    gc.collect()  # the lambda had no other reference: its weak reference is dead
    print("lambda listeners:", bus.emit("click", 0, 0))
except Exception as e:
    print(type(e).__name__, e)
del logger
gc.collect()
print("listeners:", bus.emit("click", 5, 6), w1.seen)
