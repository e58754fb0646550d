class Stack(list):
    def push(self, v): self.append(v)
    def peek(self): return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4])
class DefaultZero(dict):
    def __missing__(self, k): return 0
d = DefaultZero(a=1)
print(d["a"], d["zz"], d, "zz" in d)
class Upper(dict):
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
print(u, u.get("X"))
class MyStr(str):
    def shout(self): return self.upper() + "!"
m = MyStr("hey")
print(m.shout(), m + "x", len(m), isinstance(m, str))
