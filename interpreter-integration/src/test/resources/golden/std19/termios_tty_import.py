# termios (constants, and functions that find no terminal), and the modules that import it: tty, pty.
import os
import pty
import termios
import tty

print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.ECHO, termios.ICANON, termios.B9600)
print(termios.VMIN, termios.VTIME, termios.CS8, termios.TIOCGWINSZ)
print(tty.IFLAG, tty.LFLAG, tty.CC, callable(tty.setraw), callable(pty.spawn))

path = "golden_tmp_std19_termios.txt"
with open(path, "w") as f:
    f.write("not a terminal\n")
with open(path) as f:
    for call in (lambda: termios.tcgetattr(f), lambda: termios.tcgetattr(f.fileno()),
                 lambda: termios.tcsetattr(f, termios.TCSANOW, [0] * 6 + [[]]), lambda: termios.tcdrain(f),
                 lambda: tty.setraw(f.fileno())):
        try:
            call()
        except termios.error as e:
            print("termios.error", e.args)
for bad in (lambda: termios.tcgetattr("x"), lambda: termios.tcsetattr(0, termios.TCSANOW, [])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(issubclass(termios.error, Exception), termios.error.__module__)
os.remove(path)
