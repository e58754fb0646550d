import os

try:
    import _circ_a
except ImportError as e:
    # the message ends with the module's absolute path: print its base name
    text = str(e)
    print(type(e).__name__, text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))
    print(e.name, os.path.basename(e.path))
