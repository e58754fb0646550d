# subprocess over the interpreter's pipes: run, capture, input, stderr to stdout, DEVNULL, errors, kill, poll
import os
import select
import subprocess

r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["cat"], input=b"line one\nline two\n", stdout=subprocess.PIPE)
print(r.stdout.splitlines())
print(subprocess.check_output(["sh", "-c", "echo a; echo b >&2"], stderr=subprocess.STDOUT, text=True).split())
print(subprocess.run(["true"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL).returncode)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode)
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
p = subprocess.Popen(["sleep", "30"])
print(p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"via communicate")
print(out, p.returncode)
env = dict(os.environ, GOLDEN_VAR="from-env")
print(subprocess.run(["sh", "-c", "echo $GOLDEN_VAR"], env=env, capture_output=True, text=True).stdout.strip())
# os.pipe and select
rfd, wfd = os.pipe()
print(select.select([rfd], [], [], 0)[0] == [])
os.write(wfd, b"xyz")
print(select.select([rfd], [], [], 0)[0] == [rfd], os.read(rfd, 10))
os.close(wfd)
print(os.read(rfd, 10))
os.close(rfd)
for n in (2, 13, 17, 32, 5):
    print(n, type(OSError(n, "msg")).__name__)
print(type(OSError("just a message")).__name__, type(OSError(2)).__name__)
