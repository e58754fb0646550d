import json
def load(text):
    return json.loads(text)
def parse_all(items):
    out = []
    for i, t in enumerate(items):
        try:
            out.append(load(t))
        except json.JSONDecodeError as e:
            raise ValueError(f"item {i} is not JSON") from e
    return out
print(parse_all(['{"a": 1}', "[1, 2]"]))
class Config:
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        try:
            return self.d[k]
        except KeyError:
            raise LookupError(f"no setting {k!r}") from None
cfg = Config({"port": 80})
print(cfg["port"])
def deep(n):
    if n == 0:
        return cfg["host"]
    return deep(n - 1)
try:
    deep(3)
except LookupError as e:
    print("caught", e, e.__suppress_context__)
def main():
    data = parse_all(['{"ok": true}', "{oops}"])
    print(data)
main()
