"""_json for stmj: the accelerator entry points of the json package, implemented by json's own pure-Python
scanner and encoder (no faster path exists here; the module lets code that asks for _json run). As the C
module's, the functions are built-ins (they do not bind as methods), make_scanner and make_encoder evaluate their
flags once when made, and make_encoder checks its arguments and the strings its encoder returns."""
from _stmj import builtin as _builtin


def scanstring(s, end, strict=True):
    from json.decoder import py_scanstring, JSONDecodeError
    try:
        return py_scanstring(s, end, strict)
    except JSONDecodeError as e:
        # the C scanner's messages: no repr of the offending character, positioned at the backslash or the
        # control character (the pure-Python one names it and points one past it)
        for prefix, msg in (('Invalid \\escape: ', 'Invalid \\escape'),
                            ('Invalid control character ', 'Invalid control character at')):
            if e.msg.startswith(prefix) and e.msg != msg:
                raise JSONDecodeError(msg, e.doc, e.pos - 1) from None
        raise


class make_scanner:
    def __init__(self, context):
        from json.scanner import py_make_scanner
        self._scan = py_make_scanner(context)
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, string, idx):
        try:
            return self._scan(string, idx)
        except (StopIteration, ValueError) as e:
            from json.decoder import JSONDecodeError
            if type(e) is JSONDecodeError and e.msg == 'Expecting value':
                # a value missing inside an object or array: the C scanner's StopIteration(idx) propagates out
                # of it, and JSONDecoder.raw_decode turns that into this error (its traceback ends there)
                raise StopIteration(e.pos) from None
            if type(e) in (StopIteration, JSONDecodeError):
                # CPython's C scanner raises these itself: no frame of the Python scanner in the traceback
                raise e.with_traceback(None)
            raise


def encode_basestring_ascii(s):
    from json.encoder import py_encode_basestring_ascii
    return py_encode_basestring_ascii(s)


def encode_basestring(s):
    from json.encoder import py_encode_basestring
    return py_encode_basestring(s)




class make_encoder:
    """make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys,
    allow_nan): the one-shot encoder json.encoder uses when indent is None; called with (obj, indent_level) it
    returns the chunks of the document."""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys,
                 allow_nan):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError("make_encoder() argument 1 must be dict or None, not %s" % type(markers).__name__)
        if not isinstance(key_separator, str):
            raise TypeError("make_encoder() argument 5 must be str, not %s" % type(key_separator).__name__)
        if not isinstance(item_separator, str):
            raise TypeError("make_encoder() argument 6 must be str, not %s" % type(item_separator).__name__)
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = bool(sort_keys)
        self.skipkeys = bool(skipkeys)
        self.allow_nan = bool(allow_nan)

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _encode_str(self, s):
        r = self.encoder(s)
        if not isinstance(r, str):
            raise TypeError("encoder() must return a string, not %s" % type(r).__name__)
        return r

    def __call__(self, obj, _current_indent_level):
        from json.encoder import _make_iterencode
        it = _make_iterencode(self.markers, self.default, self._encode_str, self.indent, self._floatstr,
                              self.key_separator, self.item_separator, self.sort_keys, self.skipkeys, True)
        try:
            return tuple(it(obj, _current_indent_level))
        except BaseException as e:
            # CPython's C encoder makes no frames: drop those of the Python encoder's functions it stands for,
            # keeping the Python functions it calls (default, a str subclass's methods, ...)
            raise e.with_traceback(_without_encoder_frames(e.__traceback__))


_ENCODER_FUNCTIONS = ('_iterencode', '_iterencode_dict', '_iterencode_list')


def _without_encoder_frames(tb):
    head = prev = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if not (code.co_name in _ENCODER_FUNCTIONS and code.co_filename.endswith('json/encoder.py')):
            if prev is None:
                head = tb
            else:
                prev.tb_next = tb
            prev = tb
        tb = tb.tb_next
    if prev is not None:
        prev.tb_next = None
    return head


scanstring = _builtin(scanstring)
encode_basestring_ascii = _builtin(encode_basestring_ascii)
encode_basestring = _builtin(encode_basestring)
