class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log)
class Dyn:
    x = 1
    def __getattr__(self, n):
        if n.startswith("get_"):
            return lambda: n[4:]
        raise AttributeError(f"no {n}")
d = Dyn()
print(d.x, d.get_name(), hasattr(d, "other"))
