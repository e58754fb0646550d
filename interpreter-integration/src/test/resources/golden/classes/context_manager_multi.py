class R:
    def __init__(self, n, fail=False): self.n, self.fail = n, fail
    def __enter__(self):
        print("open", self.n)
        if self.fail:
            raise RuntimeError("enter failed " + self.n)
        return self.n
    def __exit__(self, *a):
        print("close", self.n, a[0].__name__ if a[0] else None)
with R("a") as a, R("b") as b, R("c") as c:
    print("body", a, b, c)
try:
    with R("x") as x, R("y", fail=True) as y:
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
from contextlib import contextmanager
@contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n
    finally:
        print(f"</{n}>")
with tag("p"), tag("b") as t:
    print("text", t)
