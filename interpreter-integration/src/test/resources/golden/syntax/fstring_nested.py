width, prec = 10, 3
v = 2.718281828
print(f"[{v:{width}.{prec}f}]")
print(f"[{v:>{width}}]")
items = ["a", "bb", "ccc"]
print(f"{', '.join(f'<{x}>' for x in items)}")
print(f"{'yes' if len(items) > 2 else 'no'}")
d = {"k": 5}
print(f"{d['k']} {items[1:]} {len(items)}")
x = 7
print(f"{x=} {x*2=} {x = }")
print(f"{x=:5d}")
