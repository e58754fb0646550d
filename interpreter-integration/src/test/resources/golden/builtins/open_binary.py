name = "golden_tmp_open_binary.bin"
with open(name, "wb") as f:
    f.write(bytes(range(0, 256, 15)))
    f.write(b"\r\n\x00end")
with open(name, "rb") as f:
    data = f.read()
print(len(data), data[:5], data[-5:], type(data).__name__)
with open(name, "rb") as f:
    print(f.read(3), f.read(2))
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open(name, "rb") as f:
    print(f.read())
try:
    open("golden_tmp_does_not_exist/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
