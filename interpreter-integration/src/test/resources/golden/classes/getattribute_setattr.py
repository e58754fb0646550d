class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, n):
        if n != "log":
            object.__getattribute__(self, "log").append("get " + n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        self.log.append("set " + n)
        object.__setattr__(self, n, v.upper() if isinstance(v, str) else v)
    def __delattr__(self, n):
        self.log.append("del " + n)
        object.__delattr__(self, n)
o = Logged()
o.a = "hi"
print(o.a)
del o.a
print(o.log)
