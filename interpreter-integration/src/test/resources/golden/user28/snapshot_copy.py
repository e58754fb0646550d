"""Undo history of a document model with copy and pickle customisation."""
import copy
import io
import pickle


class Style:
    def __init__(self, font="serif", size=12):
        self.font = font
        self.size = size

    def __repr__(self):
        return f"Style({self.font!r}, {self.size})"

    def __eq__(self, other):
        return vars(self) == vars(other)


class Paragraph:
    def __init__(self, text, style):
        self.text = text
        self.style = style
        self.cache = {"rendered": None}

    def __repr__(self):
        return f"P({self.text!r}, {self.style})"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {"rendered": "restored"}

    def __deepcopy__(self, memo):
        new = Paragraph(copy.deepcopy(self.text, memo), copy.deepcopy(self.style, memo))
        new.cache = {"rendered": "deep"}
        return new


class Document:
    def __init__(self, title):
        self.title = title
        self.paragraphs = []
        self.undo = []

    def snapshot(self):
        self.undo.append(copy.deepcopy(self.paragraphs))

    def add(self, text, style):
        self.snapshot()
        self.paragraphs.append(Paragraph(text, style))

    def restore(self):
        self.paragraphs = self.undo.pop()

    def __reduce__(self):
        return (Document.rebuild, (self.title, [(p.text, p.style) for p in self.paragraphs]))

    @staticmethod
    def rebuild(title, items):
        d = Document(title)
        d.paragraphs = [Paragraph(t, s) for t, s in items]
        return d


body = Style()
head = Style("sans", 18)
doc = Document("notes")
doc.add("Title", head)
doc.add("First para", body)
doc.add("Second para", body)
print(doc.paragraphs)
shared = doc.paragraphs[1].style is doc.paragraphs[2].style
deep = copy.deepcopy(doc.paragraphs)
print(shared, deep[1].style is deep[2].style, deep[1].style is body, deep[1].cache)
shallow = copy.copy(doc.paragraphs)
print(shallow[0] is doc.paragraphs[0], shallow is doc.paragraphs)
doc.paragraphs[2].text = "Edited"
doc.restore()
print(doc.paragraphs, len(doc.undo))

blob = pickle.dumps(doc)
doc2 = pickle.loads(blob)
print(type(doc2).__name__, doc2.title, doc2.paragraphs, doc2.undo)
p = pickle.loads(pickle.dumps(doc.paragraphs[0], protocol=pickle.HIGHEST_PROTOCOL))
print(p, p.cache, p.style == head)

data = {"ints": [1, 2, 3], "t": (1, "a", None), "s": frozenset({3}), "b": b"\x00\x01", "f": 1.5e300,
        "c": 2 + 3j, "nested": {"deep": [[], {}]}, "big": 2 ** 100, "neg": -7}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(data, protocol=proto)) == data
print("all protocols round-trip", pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
f = io.BytesIO()
pickle.dump([1, 2], f)
pickle.dump({"k": "v"}, f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError:", e)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, pickle.loads(pickle.dumps(cyc))[1][0])
try:
    pickle.loads(b"not a pickle")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at 0x")[0], str(e).split(": ")[-1])
import collections
Point = collections.namedtuple("Point", "x y")
print(pickle.loads(pickle.dumps(Point(1, 2))), copy.replace if hasattr(copy, "replace") else "no copy.replace")
print(copy.copy(Point(3, 4))._replace(x=0), copy.deepcopy(collections.OrderedDict(a=[1])))
