d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
ks = d.keys()
d["new"] = 9
print(ks, len(ks), "new" in ks)
del d["a"]
d["a"] = 100
print(list(d.items()))
print(d.keys() & {"z", "q"}, sorted(d.keys() | {"q"}), sorted(d.keys() - {"z", "m", "b"}))
print(list(reversed(d)), list(d.values())[::-1])
