rows = [{"n": "b", "v": None}, {"n": "a", "v": 3}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(rows, key=lambda r: (r["v"] is None, r["v"] or 0))])
print(sorted([3, None, 1], key=lambda v: (v is None, v if v is not None else 0)))
