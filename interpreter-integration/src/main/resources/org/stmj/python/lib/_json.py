"""_json for stmj: the accelerator entry points of the json package, implemented by json's own pure-Python
scanner and encoder (no faster path exists here; the module lets code that asks for _json run)."""


def scanstring(s, end, strict=True):
    from json.decoder import py_scanstring
    return py_scanstring(s, end, strict)


class make_scanner:
    def __init__(self, context):
        from json.scanner import py_make_scanner
        self._scan = py_make_scanner(context)
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, string, idx):
        return self._scan(string, idx)


def encode_basestring_ascii(s):
    from json.encoder import py_encode_basestring_ascii
    return py_encode_basestring_ascii(s)


def encode_basestring(s):
    from json.encoder import py_encode_basestring
    return py_encode_basestring(s)


make_encoder = None
