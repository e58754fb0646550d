# a document tree whose nodes point to their parents weakly (proxies), as GUI and DOM code does
import gc
import weakref


class Node:
    def __init__(self, tag, parent=None):
        self.tag = tag
        self.children = []
        self.parent = weakref.proxy(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    def path(self):
        return (self.parent.path() + "/" if self.parent is not None else "") + self.tag

    def __repr__(self):
        return f"<{self.tag}>"


root = Node("html")
body = Node("body", root)
div = Node("div", body)
span = Node("span", div)
print(span.path(), div.parent.tag, type(span.parent).__name__, isinstance(span.parent, weakref.ProxyType))
print("proxies of body:", weakref.getweakrefcount(body), len(weakref.getweakrefs(div)))
print(span.parent == div, span.parent.children, str(span.parent), bool(div.parent))
orphan = Node("p", Node("section"))
gc.collect()
try:
    orphan.path()
except ReferenceError as e:
    print("ReferenceError:", e)
print(repr(orphan.parent).startswith("<weakproxy at ") and repr(orphan.parent).endswith("; dead>"))
cb = weakref.proxy(root, lambda p: print("root collected; proxy alive:", type(p).__name__))
print(weakref.getweakrefcount(root), sum(1 for r in weakref.getweakrefs(root) if isinstance(r, weakref.ProxyType)))
try:
    hash(body.parent)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy(body) + 1
except TypeError as e:
    print("TypeError:", e)
del root, body
gc.collect()
try:
    div.path()
except ReferenceError as e:
    print("ReferenceError:", e)
