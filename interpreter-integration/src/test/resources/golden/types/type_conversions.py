print(str(1), str(1.0), str(-0.0), str(True), str(None), str(b"x"), str([1, "a"]), str((1,)), str({}))
print(list("ab"), tuple([1]), set("aa"), dict([(1, 2)]), frozenset(), bool(""), bool("0"))
print(int(" -7 "), float(" 1e3 "), int(2.0), float("nan") != float("nan"), complex(1, 2) if False else "no complex")
for bad in ["1.5", "", "1e3", "0x1", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
