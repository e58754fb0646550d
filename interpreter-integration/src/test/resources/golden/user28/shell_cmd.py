"""A to-do shell built on cmd.Cmd, reading commands from stdin; getopt for its options."""
import cmd
import getopt
import sys

opts, rest = getopt.getopt(["-v", "--prompt=todo> ", "-n", "3", "extra"], "vn:", ["prompt=", "help"])
print(opts, rest)
try:
    getopt.getopt(["-x"], "vn:")
except getopt.GetoptError as e:
    print("GetoptError:", e, e.opt)
try:
    getopt.gnu_getopt(["a", "--prompt"], "v", ["prompt="])
except getopt.GetoptError as e:
    print("GetoptError:", e)
print(getopt.gnu_getopt(["a", "-v", "b", "--help"], "v", ["help"]))


class TodoShell(cmd.Cmd):
    intro = "Welcome to todo. Type help or ? to list commands."
    prompt = dict(opts).get("--prompt", "> ")

    def __init__(self):
        super().__init__(stdin=sys.stdin, stdout=sys.stdout)
        self.use_rawinput = False
        self.items = []

    def do_add(self, arg):
        """add TEXT: add a task"""
        if not arg:
            print("*** nothing to add")
            return
        self.items.append([arg, False])
        print(f"added #{len(self.items)}")

    def do_done(self, arg):
        """done N: mark task N as done"""
        try:
            self.items[int(arg) - 1][1] = True
        except (ValueError, IndexError):
            print(f"*** no task {arg!r}")

    def do_list(self, arg):
        """list [all|open]: show tasks"""
        for i, (text, done) in enumerate(self.items, 1):
            if arg == "open" and done:
                continue
            print(f"{i:>2}. [{'x' if done else ' '}] {text}")

    def complete_list(self, text, line, begidx, endidx):
        return [w for w in ("all", "open") if w.startswith(text)]

    def do_quit(self, arg):
        """quit: leave"""
        print("bye")
        return True

    do_EOF = do_quit

    def default(self, line):
        print(f"unknown command: {line!r}")

    def emptyline(self):
        pass

    def precmd(self, line):
        return line.strip()

    def postcmd(self, stop, line):
        if line and not stop:
            print(f"({len(self.items)} tasks)")
        return stop


shell = TodoShell()
print(shell.complete_list("o", "list o", 5, 6), shell.completenames("d"))
shell.cmdloop()
print()
print(shell.items)
shell.onecmd("help add")
shell.onecmd("help")
