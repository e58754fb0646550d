# a diagnostic report on the interpreter, as a bug-report helper prints it (fields and types, not the values
# that depend on the build)
import sys

for name in ("flags", "hash_info", "int_info", "float_info", "version_info", "thread_info"):
    rec = getattr(sys, name)
    fields = [f for f in dir(rec) if not f.startswith("_") and f not in ("count", "index", "n_fields",
                                                                         "n_sequence_fields", "n_unnamed_fields")]
    print(f"sys.{name}: {type(rec).__name__} from {type(rec).__module__}, tuple={isinstance(rec, tuple)}")
    print("   ", ", ".join(fields[:8]), "..." if len(fields) > 8 else "")
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags[3] == sys.flags.optimize)
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.algorithm in ("siphash13", "siphash24"))
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.default_max_str_digits, tuple(sys.int_info)[2:])
print(len(sys.flags) >= 15, sys.flags.count(0) > 5, sys.float_info.dig, sys.version_info[:2])
print(repr(sys.int_info).startswith("sys.int_info(bits_per_digit="), str(sys.hash_info)[:25])
w, *rest = sys.hash_info
print(w, len(rest) >= 7, sys.flags == sys.flags, hash(sys.int_info) == hash(tuple(sys.int_info)))
try:
    sys.int_info.sizeof_digit = 8
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(sys.flags)()
except TypeError as e:
    print("TypeError:", "cannot create" in str(e) or "takes" in str(e))
