class Base:
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"Base({self.v})"
class Mid(Base):
    def __init__(self, v):
        super(Mid, self).__init__(v * 2)
    def describe(self):
        return "Mid/" + super(Mid, self).describe()
class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v + 1)
    def describe(self):
        return "Leaf/" + super().describe()
    def skip(self):
        return super(Mid, self).describe()
l = Leaf(1)
print(l.v, l.describe(), l.skip())
class CM:
    @classmethod
    def make(cls): return cls.__name__
class CM2(CM):
    @classmethod
    def make(cls): return "sub:" + super().make()
print(CM2.make())
