from __future__ import annotations
def f(x: SomeUndefinedType, y: int = 3) -> AlsoUndefined:
    return y * 2
print(f(None), f.__annotations__)
class C:
    attr: NotDefinedEither
    def m(self) -> C:
        return self
print(C.__annotations__, type(C().m()).__name__)
