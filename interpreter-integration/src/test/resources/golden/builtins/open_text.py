name = "golden_tmp_open_text.txt"
with open(name, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print(n)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "a") as f:
    print("appended", file=f)
with open(name, "r") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(name, "w") as f:
    f.write("")
print(open(name).read() == "")
