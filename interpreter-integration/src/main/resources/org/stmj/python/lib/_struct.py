"""_struct for stmj: the packing functions are Java (_stmj_struct); Struct, the compiled-format object, is here."""
from _stmj_struct import error, calcsize, pack, pack_into, unpack, unpack_from, iter_unpack, _clearcache

__doc__ = "Functions to convert between Python values and C structs."


class Struct:
    """Struct(format): a compiled struct format (its size, and pack/unpack bound to it)."""

    def __init__(self, format):
        if isinstance(format, str):
            self.format = format
        elif isinstance(format, (bytes, bytearray)):
            self.format = bytes(format).decode('ascii')
        else:
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__)
        self.size = calcsize(self.format)

    def pack(self, *args):
        return pack(self.format, *args)

    def pack_into(self, buffer, offset, *args):
        return pack_into(self.format, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
