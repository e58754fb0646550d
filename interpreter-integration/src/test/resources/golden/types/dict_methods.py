d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"d": 4}, e=5); d.update([("f", 6)]); print(d)
print(d.pop("f"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("xy"), dict.fromkeys([1, 2], 0))
c = d.copy(); c["a"] = -1; print(d["a"], c["a"])
d.clear(); print(d, len(d))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
