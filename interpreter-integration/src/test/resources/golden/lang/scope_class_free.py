# A class body that binds a name a method reads as a free variable of the enclosing function
def outer():
    method_and_var = "var"
    class Test:
        def method_and_var(self):
            return "method"
        def test(self):
            return method_and_var
        def actual_global(self):
            return str("global")
        def str(self):
            return str(self)
    return Test()

t = outer()
print(t.test(), t.method_and_var(), t.actual_global())
print(sorted(type(t).test.__code__.co_freevars))

# the class namespace wins inside the class body, the closure inside methods
def f2():
    x = "closure"
    class C:
        x = "class"
        y = x
        def m(self):
            return x
    return C
C = f2()
print(C.y, C().m())

# a name the class declares global, read by a method as a global
x = "module"
def f3(x):
    class Foo:
        global x
        def __call__(self, y):
            return x + y
    return Foo()
print(f3("param")("!"))

# free variables passing through a class into a nested method's nested function
def f4():
    a = 1
    class K:
        b = 2
        def m(self):
            def inner():
                return a
            return inner()
    return K().m()
print(f4())

# nonlocal in a method of a nested class
def f5():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.inc(); c.inc()
    return count
print(f5())

# __class__ cell and zero-argument super through nested scopes
class Base:
    def who(self):
        return "Base"
class Derived(Base):
    def who(self):
        def helper():
            return super(Derived, self).who()
        return "Derived>" + super().who() + ">" + helper() + ">" + __class__.__name__
print(Derived().who())

# a lambda and a comprehension in a class body see globals, not class names
y = "global-y"
class D:
    y = "class-y"
    lam = lambda: y
    comp = [y for _ in range(1)]
print(D.lam(), D.comp)

# cell that is also a parameter, rebinding after closure creation
def f6(v):
    def get():
        return v
    v = v * 2
    return get()
print(f6(21))

# nested nonlocal through three levels
def f7():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 10
        inner()
        return n
    return mid()
print(f7())

for src in ["def f():\n    from os import *\n", "def f():\n    global q\n    nonlocal q\n",
            "def f():\n    nonlocal zz\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
