"""A cache loader that must survive corrupt or truncated pickle files: the exception types and messages
CPython's unpickler raises for each kind of damage."""
import io
import pickle

good = pickle.dumps({"k": [1, 2, 3], "s": "text"}, protocol=4)
cases = {
    "empty": b"",
    "truncated frame": good[:len(good) // 2],
    "garbage after proto": b"\x80\x04garbage",
    "bad opcode": b"xyz",
    "no stop": b"I12\n",
    "only mark": b"(",
    "short arg": b"\x80\x04K",
    "bad memo": b"]q\x00h\x05.",
}
for name, blob in cases.items():
    try:
        print(f"{name:<20} ok {pickle.loads(blob)!r}")
    except (pickle.UnpicklingError, EOFError) as e:
        print(f"{name:<20} {type(e).__name__}: {e}")
    except Exception as e:
        print(f"{name:<20} unexpected {type(e).__name__}: {e}")
f = io.BytesIO(good + b"trailing")
print(pickle.load(f), f.read())
print(issubclass(pickle.UnpicklingError, pickle.PickleError), pickle.Unpickler.__module__, pickle.Pickler.__name__)
