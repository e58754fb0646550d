"""sys.stdin/stdout/stderr's binary buffers, reconfigure() and a TextIOWrapper over a console buffer."""
import io
import sys

print("text before bytes", flush=True)
n = sys.stdout.buffer.write("bytes: caf\u00e9\n".encode())
sys.stdout.buffer.flush()
print("written", n)
print(sys.stdin.buffer, sys.stdin.buffer.readable(), sys.stdout.buffer.writable())
print(sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno(), sys.stdin.buffer.fileno())

# reading bytes from stdin: lines, counts, iteration, the rest
print(repr(sys.stdin.buffer.readline()))
print(repr(sys.stdin.buffer.readline(4)), repr(sys.stdin.buffer.readline()))
print(repr(sys.stdin.buffer.read(5)))
for i, line in enumerate(sys.stdin.buffer):
    print(i, line)
    if i == 1:
        break
print(repr(sys.stdin.buffer.read()))
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.readline()))

# reconfigure: encoding and errors, line buffering; bad arguments
sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
print(sys.stdout.encoding, sys.stdout.errors, "caf\u00e9 \u2603")
sys.stdout.reconfigure(encoding="latin-1")
print(sys.stdout.encoding, sys.stdout.errors)
try:
    print("snow \u2603")
except UnicodeEncodeError as e:
    sys.stdout.reconfigure(encoding="utf-8")
    print("UnicodeEncodeError:", e)
print(sys.stdout.encoding, sys.stdout.errors, "caf\u00e9 \u2603")
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(line_buffering=False)
for bad in [dict(encoding=1), dict(newline="x"), dict(bogus=True)]:
    try:
        sys.stdout.reconfigure(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print("TypeError", e)

# the usual idiom: a text wrapper of one's own over the console's bytes
sys.stdout.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
out.write("wrapped \u2713\n")
out.flush()
sys.stderr.buffer.write(b"stderr bytes\n")
sys.stderr.buffer.flush()
print("end")
