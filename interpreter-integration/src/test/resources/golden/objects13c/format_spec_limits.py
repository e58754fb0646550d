# format specs: too many digits, zero padding with grouping, 'c' with a sign
for spec in ("1" * 100 + "d", "." + "1" * 100 + "d", "1" * 30 + "." + "1" * 30 + "f"):
    try:
        format(0, spec)
    except ValueError as e:
        print("ValueError:", e)
print(format(1.2, "010,.2"), format(-1.5, "012,.3f"), format(1234.5, "010_.1f"), format(7, "08,d"))
for spec in ("+c", "#c", " c"):
    try:
        print(format(65, spec))
    except ValueError as e:
        print("ValueError:", e)
print(format(65, "c"), format(65, ">3c"))
for v, spec in ((3, ",x"), (3, "_x"), (3, "_n"), (3, ",n"), (1.0, ",n"), (3, ",c"), (3, "_b"), (3, ",o")):
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print("ValueError:", e)
print(format(1.0, "#.0e"), format(1.0, "#.0f"), format(1.0, "#.0%"), format(2.5, "#.0E"))
