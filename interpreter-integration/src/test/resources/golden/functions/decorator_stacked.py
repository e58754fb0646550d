def tag(name):
    def deco(fn):
        def w(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return w
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("x"))
order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def f(): pass
print(order)
