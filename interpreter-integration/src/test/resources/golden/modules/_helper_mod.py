VALUE = 42
load_count = 1
def greet(n):
    return "hello " + n
class Counter:
    def __init__(self): self.n = 0
    def inc(self): self.n += 1
def public_fn(): return "public"
_private = "x"
__all__ = ["public_fn"]
if __name__ == "__main__":
    print("helper run as script")
