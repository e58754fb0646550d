vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, range(1), len, int]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)), callable(v))
