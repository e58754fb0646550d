# CPython 3.11's limit on decimal int<->str conversions (4300 digits) and sys.set_int_max_str_digits.
import sys

print(sys.get_int_max_str_digits())
big = 10 ** 5000
for label, f in [("int(str)", lambda: int("9" * 5000)), ("int(-str)", lambda: int("-" + "1" * 4301)),
                 ("str", lambda: str(big)), ("repr", lambda: repr(-big)), ("f-string", lambda: f"{big}"),
                 ("%d", lambda: "%d" % big), ("format", lambda: format(big, ",")), ("print", lambda: print(big)),
                 ("int(str, 7)", lambda: int("6" * 4400, 7))]:
    try:
        f()
        print(label, "converted")
    except ValueError as e:
        print(label, "ValueError:", e)

# at the limit, and with underscores, and in bases that are powers of two, conversions work
print(len(str(int("9" * 4300))))
print(len(str(int("9_" * 2000 + "9"))))
print(len(hex(big)), len(bin(big)), int("f" * 5000, 16) > 0, int("1" * 9000, 2) > 0)

try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(big)), len(str(int("9" * 6000))))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(maxdigits=4300)

# a literal over the limit in compiled source is a SyntaxError
try:
    compile("x = " + "1" * 4301, "<huge>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("0x" + "f" * 4400) % 1000)
