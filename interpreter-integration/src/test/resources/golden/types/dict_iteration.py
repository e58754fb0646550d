d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(sum(d.values()), max(d, key=d.get), sorted(d, key=len))
try:
    for k in d:
        d["four"] = 4
except RuntimeError as e:
    print("RuntimeError:", e)
