"""A text buffer with undo/redo via the command pattern, abc base classes, __repr__/__len__/__getitem__, deque history."""
from abc import ABC, abstractmethod
from collections import deque


class Command(ABC):
    @abstractmethod
    def do(self, buf): ...

    @abstractmethod
    def undo(self, buf): ...

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]

    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]


class Delete(Command):
    def __init__(self, start, end):
        self.start, self.end = start, end
        self._removed = None

    def do(self, buf):
        self._removed = buf.text[self.start:self.end]
        buf.text = buf.text[:self.start] + buf.text[self.end:]

    def undo(self, buf):
        buf.text = buf.text[:self.start] + self._removed + buf.text[self.start:]


class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self._before = None

    def do(self, buf):
        if self.old not in buf.text:
            raise LookupError(f"{self.old!r} not found")
        self._before = buf.text
        buf.text = buf.text.replace(self.old, self.new)

    def undo(self, buf):
        buf.text = self._before


class Buffer:
    def __init__(self, text="", history=5):
        self.text = text
        self.undo_stack = deque(maxlen=history)
        self.redo_stack = []

    def run(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
        return self

    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)

    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)

    def __len__(self):
        return len(self.text)

    def __getitem__(self, idx):
        return self.text[idx]

    def __repr__(self):
        return f"Buffer({self.text!r}, undo={len(self.undo_stack)}, redo={len(self.redo_stack)})"


b = Buffer("hello world")
b.run(Insert(5, ",")).run(Insert(len(b) + 1, "!")).run(Replace("world", "there"))
print(b, b[0:5], b[-1], len(b))
b.run(Delete(0, 7))
print(b, list(b.undo_stack))
b.undo()
b.undo()
print(b, b.redo_stack)
b.redo()
print(b)
b.run(Insert(0, ">> "))
print(b, "redo cleared:", b.redo_stack == [])
for step in range(8):
    try:
        b.undo()
    except IndexError as e:
        print(f"step {step}: {e}")
        break
print(b)
try:
    b.redo_stack.clear()
    b.redo()
except IndexError as e:
    print("redo:", e)
try:
    b.run(Replace("zzz", "y"))
except LookupError as e:
    print("replace:", e, len(b.undo_stack))
try:
    Command()
except TypeError as e:
    print(e)


class Upper(Command):
    def do(self, buf):
        buf.text = buf.text.upper()


try:
    Upper()
except TypeError as e:
    print(e)
many = Buffer("", history=3)
for ch in "abcde":
    many.run(Insert(len(many), ch))
print(many, [c.text for c in many.undo_stack], many.undo_stack.maxlen)
