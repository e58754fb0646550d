import sys
print("before detach", flush=False)
sys.stdout.write("pending text ")
raw = sys.stdout.detach()
raw.write(b"bytes after detach\n")
raw.flush()
print("to stderr", file=sys.stderr)
try:
    print("lost")
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)
print(repr(sys.stdout).replace(" name='<stdout>'", ""), file=sys.stderr)
