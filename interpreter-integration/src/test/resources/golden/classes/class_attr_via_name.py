class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, b.id, c.id)
class Config:
    DEFAULTS = {"a": 1}
    @classmethod
    def get(cls, k): return cls.DEFAULTS[k]
class Sub(Config):
    DEFAULTS = {"a": 2}
print(Config.get("a"), Sub.get("a"), Config.DEFAULTS is not Sub.DEFAULTS)
