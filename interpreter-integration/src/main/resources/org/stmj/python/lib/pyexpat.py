"""The XML parser module that xml.etree.ElementTree, xml.dom.minidom, xml.sax, plistlib and xmlrpc build on:
CPython wraps the Expat C library; this is a non-validating XML 1.0 parser of its own in Python with the same
interface (ParserCreate, the handler attributes, Parse/ParseFile fed incrementally, namespaces with a separator,
internal DTD general entities) and Expat's error codes, messages and positions for the common errors."""

import re as _re
import sys as _sys
import codecs as _codecs

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0), ("XML_CONTEXT_BYTES", 1024),
            ("XML_NS", 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_MESSAGES = [None, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
             "unclosed token", "partial character", "mismatched tag", "duplicate attribute",
             "junk after document element", "illegal parameter entity reference", "undefined entity",
             "recursive entity reference", "asynchronous entity", "reference to invalid character number",
             "reference to binary entity", "reference to external entity in attribute",
             "XML or text declaration not at start of entity", "unknown encoding",
             "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
             "error in processing external entity reference", "document is not standalone",
             "unexpected parser state - please send a bug report", "entity declared in parameter entity",
             "requested feature requires XML_DTD support in Expat",
             "cannot change setting once parsing has begun", "unbound prefix", "must not undeclare prefix",
             "incomplete markup in parameter entity", "XML declaration not well-formed",
             "text declaration not well-formed", "illegal character(s) in public id", "parser suspended",
             "parser not suspended", "parsing aborted", "parsing finished",
             "cannot suspend in external parameter entity",
             "reserved prefix (xml) must not be undeclared or bound to another namespace name",
             "reserved prefix (xmlns) must not be declared or undeclared",
             "prefix must not be bound to one of the reserved namespace names", "invalid argument",
             "a successful prior call to function XML_GetBuffer is required",
             "limit on input amplification factor (from DTD and entities) breached"]
_NAMES = [None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
          "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF", "UNDEFINED_ENTITY",
          "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
          "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
          "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
          "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
          "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
          "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
          "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
          "AMPLIFICATION_LIMIT_BREACH"]


class ExpatError(Exception):
    pass


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


def ErrorString(code):
    """Returns string error for given number."""
    if isinstance(code, int) and 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


def _submodule(name, doc):
    m = type(_sys)(name, doc)
    _sys.modules[name] = m
    return m


errors = _submodule("pyexpat.errors", "Constants used to describe error conditions.")
errors.codes = {}
errors.messages = {}
for _c in range(1, len(_MESSAGES)):
    setattr(errors, "XML_ERROR_" + _NAMES[_c], _MESSAGES[_c])
    errors.codes[_MESSAGES[_c]] = _c
    errors.messages[_c] = _MESSAGES[_c]
model = _submodule("pyexpat.model", "Constants used to interpret content model information.")
for _i, _n in enumerate(["EMPTY", "ANY", "MIXED", "NAME", "CHOICE", "SEQ"], 1):
    setattr(model, "XML_CTYPE_" + _n, _i)
for _i, _n in enumerate(["NONE", "OPT", "REP", "PLUS"]):
    setattr(model, "XML_CQUANT_" + _n, _i)

_NAME = _re.compile(r"[A-Za-z_:\u00c0-\U0010ffff][-.\w:\u00b7\u00c0-\U0010ffff]*")
_SPACE = _re.compile(r"[ \t\n]*")
_TEXT = _re.compile(r"[^<&\]]+")
_DECL = _re.compile(r"""\s*([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_HANDLERS = ("StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
             "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler",
             "EndNamespaceDeclHandler", "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
             "DefaultHandler", "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
             "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
             "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler")


class _Incomplete(Exception):
    """The buffered input ends inside a token: wait for more (or fail at the end)."""


class XMLParserType:
    """XML parser"""

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        for h in _HANDLERS:
            object.__setattr__(self, h, None)
        self.buffer_text = False
        self.buffer_size = 8192
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {} if intern is None else intern
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self._encoding = encoding
        self._sep = namespace_separator
        self._decoder = None
        self._raw = b""
        self._text = ""
        self._pos = 0
        self._final = False
        self._finished = False
        self._stack = []
        self._ns = [{"xml": _XML_NS}]
        self._nsdecl = []
        self._root_done = False
        self._seen_root = False
        self._entities = {}
        self._has_dtd = False
        self._external_dtd = False
        self._pending = []
        self._base = None

    # --- positions -----------------------------------------------------------------------------------------------
    def _line_col(self, pos):
        line = self._text.count("\n", 0, pos) + 1
        return line, pos - (self._text.rfind("\n", 0, pos) + 1)

    @property
    def CurrentLineNumber(self):
        return self._line_col(self._pos)[0]

    @property
    def CurrentColumnNumber(self):
        return self._line_col(self._pos)[1]

    @property
    def CurrentByteIndex(self):
        return len(self._text[:self._pos].encode("utf-8")) if self._text else -1

    @property
    def buffer_used(self):
        return sum(len(p) for p in self._pending)

    def _fail(self, code, pos):
        self._flush()
        line, col = self._line_col(pos)
        self.ErrorCode, self.ErrorLineNumber, self.ErrorColumnNumber = code, line, col
        self.ErrorByteIndex = len(self._text[:pos].encode("utf-8"))
        self._finished = True
        e = ExpatError("%s: line %d, column %d" % (_MESSAGES[code], line, col))
        e.code, e.lineno, e.offset = code, line, col
        raise e

    # --- public methods --------------------------------------------------------------------------------------------
    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def ExternalEntityParserCreate(self, context, encoding=None):
        p = XMLParserType(encoding or self._encoding, self._sep, self.intern)
        for h in _HANDLERS:
            object.__setattr__(p, h, getattr(self, h))
        return p

    def ParseFile(self, file):
        """Parse XML data from file-like object."""
        read = file.read
        while True:
            data = read(2048)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"" if not isinstance(data, str) else "", True)

    def Parse(self, data, isfinal=False):
        """Parse XML data; `isfinal` should be true at the end of the data."""
        if self._finished:
            self._fail(36, len(self._text))
        if isinstance(data, str):
            chunk = data
        else:
            chunk = self._decode(bytes(data), isfinal)
        if chunk:
            if self._text.endswith("\r") and chunk.startswith("\n"):
                chunk = chunk[1:]
            self._text += chunk.replace("\r\n", "\n").replace("\r", "\n")
        self._final = bool(isfinal)
        self._run()
        if isfinal:
            self._flush()
            if not self._root_done:
                self._fail(3, len(self._text))
            self._finished = True
        return 1

    # --- decoding --------------------------------------------------------------------------------------------------
    def _decode(self, data, isfinal):
        if self._decoder is None:
            self._raw += data
            raw = self._raw
            if (not isfinal and self._encoding is None and b"<?xml".startswith(raw[:5]) and b"?>" not in raw
                    and len(raw) < 1024):
                # may be the start of an XML declaration that names the encoding: wait for its end
                return ""
            enc = self._encoding
            if enc is None:
                if raw.startswith(b"\xef\xbb\xbf"):
                    enc, raw = "utf-8", raw[3:]
                elif raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
                    enc = "utf-16"
                else:
                    m = _re.match(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']", raw)
                    enc = m.group(1).decode("ascii") if m else "utf-8"
            try:
                self._decoder = _codecs.getincrementaldecoder(enc)("strict")
            except LookupError:
                self._fail(18, 0)
            self._raw = b""
            data = raw
        try:
            return self._decoder.decode(data, isfinal)
        except UnicodeDecodeError:
            self._fail(4, len(self._text))

    # --- events ----------------------------------------------------------------------------------------------------
    def _chars(self, s):
        if s and self.CharacterDataHandler is not None:
            if self.buffer_text:
                self._pending.append(s)
            else:
                self.CharacterDataHandler(s)
        elif s and self.DefaultHandlerExpand is not None:
            self.DefaultHandlerExpand(s)
        elif s and self.DefaultHandler is not None:
            self.DefaultHandler(s)

    def _flush(self):
        if self._pending:
            s = "".join(self._pending)
            self._pending = []
            if self.CharacterDataHandler is not None:
                self.CharacterDataHandler(s)

    def _default(self, s):
        h = self.DefaultHandlerExpand or self.DefaultHandler
        if h is not None:
            self._flush()
            h(s)

    # --- the tokenizer ---------------------------------------------------------------------------------------------
    def _run(self):
        text = self._text
        n = len(text)
        while self._pos < n:
            p = self._pos
            try:
                if text[p] == "<":
                    self._flush()
                    self._pos = self._markup(text, p)
                else:
                    self._pos = self._content(text, p)
            except _Incomplete:
                if self._final:
                    self._unclosed(text, p)
                return

    def _unclosed(self, text, p):
        if text.startswith("<![CDATA[", p):
            self._fail(20, len(text))
        if text.startswith("<!--", p) or text.startswith("<?", p) or text[p] == "<":
            self._fail(5, p)
        self._fail(3, len(text))

    def _need(self, text, what, start):
        i = text.find(what, start)
        if i < 0:
            raise _Incomplete
        return i

    def _content(self, text, p):
        m = _TEXT.match(text, p)
        if m:
            end = m.end()
            if end == len(text) and not self._final and self._stack:
                # a text run may continue in the next chunk: hand over what is here, keep nothing back
                pass
            s = m.group()
            if not self._stack:
                k = len(s) - len(s.lstrip(" \t\n"))
                if k < len(s):
                    self._fail(9 if self._root_done else 2, p + k)
                if self.DefaultHandler is not None or self.DefaultHandlerExpand is not None:
                    self._default(s)
                return end
            self._chars(s)
            return end
        c = text[p]
        if c == "]":
            if text.startswith("]]>", p):
                self._fail(4, p)
            if len(text) - p < 3 and not self._final:
                raise _Incomplete
            if not self._stack:
                self._fail(9 if self._root_done else 2, p)
            self._chars("]")
            return p + 1
        # an entity or character reference
        if not self._stack:
            self._fail(9 if self._root_done else 2, p)
        end = text.find(";", p)
        if end < 0:
            if not self._final and len(text) - p < 64:
                raise _Incomplete
        value, q = self._reference(text, p, False)
        if value is not None:
            self._chars(value)
        return q

    def _reference(self, text, p, in_attr):
        """Expands the reference at text[p] == '&'; returns (value or None if handed to a default handler, end)."""
        if text.startswith("&#", p):
            hexa = text.startswith("&#x", p)
            i = p + (3 if hexa else 2)
            m = _re.compile(r"[0-9a-fA-F]+" if hexa else r"[0-9]+").match(text, i)
            if not m:
                if i >= len(text):
                    raise _Incomplete
                self._fail(4, i)
            j = m.end()
            if j >= len(text):
                raise _Incomplete
            if text[j] != ";":
                self._fail(4, j)
            code = int(m.group(), 16 if hexa else 10)
            if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF) \
                    or (code < 0x20 and code not in (9, 10, 13)):
                self._fail(14, p)
            return chr(code), j + 1
        m = _NAME.match(text, p + 1)
        if not m:
            if p + 1 >= len(text):
                raise _Incomplete
            self._fail(4, p + 1)
        j = m.end()
        if j >= len(text):
            raise _Incomplete
        if text[j] != ";":
            self._fail(4, j)
        name = m.group()
        if name in _PREDEFINED:
            return _PREDEFINED[name], j + 1
        if name in self._entities:
            return self._expand(self._entities[name], p, set([name])), j + 1
        if self._external_dtd and not in_attr and (self.DefaultHandlerExpand is not None
                                              or self.SkippedEntityHandler is not None):
            if self.SkippedEntityHandler is not None:
                self._flush()
                self.SkippedEntityHandler(name, 0)
            else:
                self._default("&%s;" % name)
            return None, j + 1
        self._fail(11, p)

    def _expand(self, value, p, seen):
        out = []
        i = 0
        while True:
            k = value.find("&", i)
            if k < 0:
                out.append(value[i:])
                return "".join(out)
            out.append(value[i:k])
            e = value.find(";", k)
            name = value[k + 1:e]
            if name.startswith("#x"):
                out.append(chr(int(name[2:], 16)))
            elif name.startswith("#"):
                out.append(chr(int(name[1:])))
            elif name in _PREDEFINED:
                out.append(_PREDEFINED[name])
            elif name in seen:
                self._fail(12, p)
            elif name in self._entities:
                out.append(self._expand(self._entities[name], p, seen | {name}))
            else:
                self._fail(11, p)
            i = e + 1

    def _markup(self, text, p):
        if p + 1 >= len(text):
            raise _Incomplete
        c = text[p + 1]
        if c == "/":
            return self._end_tag(text, p)
        if c == "?":
            return self._pi(text, p)
        if c == "!":
            if text.startswith("<!--", p):
                e = self._need(text, "-->", p + 4)
                body = text[p + 4:e]
                if self.CommentHandler is not None:
                    self.CommentHandler(body)
                else:
                    self._default(text[p:e + 3])
                return e + 3
            if text.startswith("<![CDATA[", p):
                if not self._stack:
                    self._fail(9 if self._root_done else 2, p)
                e = self._need(text, "]]>", p + 9)
                if self.StartCdataSectionHandler is not None:
                    self.StartCdataSectionHandler()
                self._chars(text[p + 9:e])
                self._flush()
                if self.EndCdataSectionHandler is not None:
                    self.EndCdataSectionHandler()
                return e + 3
            if text.startswith("<!DOCTYPE", p):
                if self._seen_root:
                    self._fail(2, p)
                return self._doctype(text, p)
            if len(text) - p < 9 and not self._final:
                raise _Incomplete
            self._fail(2, p)
        if self._root_done:
            self._fail(9, p)
        return self._start_tag(text, p)

    def _pi(self, text, p):
        e = self._need(text, "?>", p + 2)
        m = _NAME.match(text, p + 2)
        if not m:
            self._fail(4, p + 2)
        target = m.group()
        body = text[m.end():e]
        if body and body[0] not in " \t\n":
            self._fail(4, m.end())
        body = body.lstrip(" \t\n")
        if target == "xml":
            if p != 0:
                self._fail(17, p)
            attrs = {k: (v1 if v1 is not None and v1 != "" or v2 is None else v2)
                     for k, v1, v2 in _DECL.findall(body)}
            if "version" not in attrs:
                self._fail(30, p)
            if self.XmlDeclHandler is not None:
                sa = attrs.get("standalone")
                self.XmlDeclHandler(attrs.get("version"), attrs.get("encoding"),
                                    -1 if sa is None else 1 if sa == "yes" else 0)
            return e + 2
        if target.lower() == "xml":
            self._fail(17, p)
        if self.ProcessingInstructionHandler is not None:
            self.ProcessingInstructionHandler(target, body)
        else:
            self._default(text[p:e + 2])
        return e + 2

    def _doctype(self, text, p):
        i = _SPACE.match(text, p + 9).end()
        m = _NAME.match(text, i)
        if not m:
            if i >= len(text):
                raise _Incomplete
            self._fail(2, i)
        name = m.group()
        i = _SPACE.match(text, m.end()).end()
        sysid = pubid = None
        ext = _re.compile(r"""(SYSTEM|PUBLIC)\s+(?:"([^"]*)"|'([^']*)')(?:\s+(?:"([^"]*)"|'([^']*)'))?\s*""")
        m = ext.match(text, i)
        if m:
            first = m.group(2) if m.group(2) is not None else m.group(3)
            second = m.group(4) if m.group(4) is not None else m.group(5)
            if m.group(1) == "SYSTEM":
                sysid = first
            else:
                pubid, sysid = first, second
            i = m.end()
        internal = i < len(text) and text[i] == "["
        if internal:
            j = self._subset_end(text, i + 1)
            subset = text[i + 1:j]
            k = _SPACE.match(text, j + 1).end()
            if k >= len(text):
                raise _Incomplete
            if text[k] != ">":
                self._fail(2, k)
            end = k + 1
        else:
            if i >= len(text):
                raise _Incomplete
            if text[i] != ">":
                self._fail(2, i)
            subset = ""
            end = i + 1
        self._has_dtd = True
        self._external_dtd = sysid is not None
        if self.StartDoctypeDeclHandler is not None:
            self.StartDoctypeDeclHandler(name, sysid, pubid, 1 if internal else 0)
        elif not internal:
            # Expat hands a declaration it does not report to the default handler token by token
            for tok in ["<!DOCTYPE", name] + ([] if m is None else
                                              ["PUBLIC", '"%s"' % pubid, '"%s"' % sysid] if pubid is not None
                                              else ["SYSTEM", '"%s"' % sysid]) + [">"]:
                self._default(tok)
        for em in _re.finditer(r"""<!ENTITY\s+(%\s+)?([^\s]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\s+[^>]*)\s*>""",
                               subset):
            ename = em.group(2)
            value = em.group(3) if em.group(3) is not None else em.group(4)
            if em.group(1):
                continue
            if value is not None and ename not in self._entities:
                self._entities[ename] = value
            if self.EntityDeclHandler is not None:
                self.EntityDeclHandler(ename, 0, value, self._base, None, None, None)
        if self.EndDoctypeDeclHandler is not None:
            self.EndDoctypeDeclHandler()
        return end

    def _subset_end(self, text, i):
        quote = None
        while i < len(text):
            c = text[i]
            if quote:
                if c == quote:
                    quote = None
            elif c in "\"'":
                quote = c
            elif c == "]":
                return i
            i += 1
        raise _Incomplete

    def _start_tag(self, text, p):
        m = _NAME.match(text, p + 1)
        if not m:
            if p + 1 >= len(text):
                raise _Incomplete
            self._fail(4, p + 1)
        name = m.group()
        i = m.end()
        attrs = []
        seen = {}
        while True:
            j = _SPACE.match(text, i).end()
            if j >= len(text):
                raise _Incomplete
            c = text[j]
            if c == ">" or c == "/":
                if c == "/":
                    if j + 1 >= len(text):
                        raise _Incomplete
                    if text[j + 1] != ">":
                        self._fail(4, j)
                    end, empty = j + 2, True
                else:
                    end, empty = j + 1, False
                break
            if j == i:
                self._fail(4, j)
            am = _NAME.match(text, j)
            if not am:
                self._fail(4, j)
            aname = am.group()
            k = _SPACE.match(text, am.end()).end()
            if k >= len(text):
                raise _Incomplete
            if text[k] != "=":
                self._fail(4, k)
            k = _SPACE.match(text, k + 1).end()
            if k >= len(text):
                raise _Incomplete
            q = text[k]
            if q != '"' and q != "'":
                self._fail(4, k)
            e = text.find(q, k + 1)
            if e < 0:
                raise _Incomplete
            raw = text[k + 1:e]
            lt = raw.find("<")
            if lt >= 0:
                self._fail(4, k + 1 + lt)
            if aname in seen:
                self._fail(8, j)
            seen[aname] = True
            attrs.append((aname, self._attr_value(raw, k + 1), j))
            i = e + 1
        self._seen_root = True
        self._open(name, attrs, p)
        if empty:
            self._close(name)
        return end

    def _attr_value(self, raw, base):
        # literal white space becomes a space; character references keep what they name
        raw = raw.replace("\t", " ").replace("\n", " ")
        if "&" in raw:
            out = []
            i = 0
            while True:
                k = raw.find("&", i)
                if k < 0:
                    out.append(raw[i:])
                    break
                out.append(raw[i:k])
                value, q = self._reference(raw, k, True)
                out.append(value)
                i = q
            raw = "".join(out)
        return raw

    def _open(self, name, attrs, p):
        sep = self._sep
        decls = []
        if sep is not None:
            scope = dict(self._ns[-1])
            plain = []
            for aname, value, apos in attrs:
                if aname == "xmlns":
                    scope[""] = value
                    decls.append((None, value or None))
                elif aname.startswith("xmlns:"):
                    prefix = aname[6:]
                    if prefix == "xmlns":
                        self._fail(39, apos)
                    if not value:
                        self._fail(28, apos)
                    scope[prefix] = value
                    decls.append((prefix, value))
                else:
                    plain.append((aname, value, apos))
            self._ns.append(scope)
            self._nsdecl.append(decls)
            for prefix, uri in decls:
                if self.StartNamespaceDeclHandler is not None:
                    self.StartNamespaceDeclHandler(prefix, uri)
            qname = self._qualify(name, scope, True, p)
            out = []
            for aname, value, apos in plain:
                out.append((self._qualify(aname, scope, False, p), value))
        else:
            qname = name
            out = [(a, v) for a, v, _ in attrs]
        self._stack.append(name)
        if self.StartElementHandler is not None:
            if self.ordered_attributes:
                flat = []
                for a, v in out:
                    flat.append(a)
                    flat.append(v)
                self.StartElementHandler(qname, flat)
            else:
                self.StartElementHandler(qname, dict(out))
        elif self.DefaultHandler is not None or self.DefaultHandlerExpand is not None:
            self._default(self._text[p:self._text.find(">", p) + 1])

    def _qualify(self, name, scope, element, p):
        colon = name.find(":")
        if colon > 0:
            prefix, local = name[:colon], name[colon + 1:]
            uri = scope.get(prefix)
            if uri is None:
                self._fail(27, p)
            return uri + self._sep + local
        if element and scope.get(""):
            return scope[""] + self._sep + name
        return name

    def _close(self, name):
        self._flush()
        self._stack.pop()
        qname = name
        if self._sep is not None:
            qname = self._qualify(name, self._ns[-1], True, self._pos)
        if self.EndElementHandler is not None:
            self.EndElementHandler(qname)
        if self._sep is not None:
            self._ns.pop()
            for prefix, uri in reversed(self._nsdecl.pop()):
                if self.EndNamespaceDeclHandler is not None:
                    self.EndNamespaceDeclHandler(prefix)
        if not self._stack:
            self._root_done = True

    def _end_tag(self, text, p):
        m = _NAME.match(text, p + 2)
        if not m:
            if p + 2 >= len(text):
                raise _Incomplete
            self._fail(4, p + 2)
        j = _SPACE.match(text, m.end()).end()
        if j >= len(text):
            raise _Incomplete
        if text[j] != ">":
            self._fail(4, j)
        name = m.group()
        if not self._stack:
            self._fail(9 if self._root_done else 2, p)
        if self._stack[-1] != name:
            self._fail(7, p + 2)
        self._close(name)
        return j + 1


XMLParserType.__module__ = "pyexpat"


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return XMLParserType(encoding, namespace_separator, intern)
