"""string helpers for string.Formatter: the parser of format strings and of replacement-field names."""


def formatter_parser(s):
    """Yields (literal_text, field_name, format_spec, conversion) for each part of a format string."""
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)
    i = 0
    n = len(s)
    lit = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # as CPython's MarkupIterator: an escaped brace ends a literal chunk
                lit.append('{')
                yield (''.join(lit), None, None, None)
                lit = []
                i += 2
                continue
            # a replacement field: find the matching '}'
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            # split name!conv:spec (the name may contain [..] with ':' or '!')
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name = field[:k]
            conv = None
            spec = ''
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            yield (''.join(lit), name, spec, conv)
            lit = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                yield (''.join(lit), None, None, None)
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        yield (''.join(lit), None, None, None)


def _rest(name, i):
    n = len(name)
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield (True, name[i + 1:j])
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key == '':
                raise ValueError("Empty attribute in format string")
            yield (False, int(key) if key.isdigit() else key)
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def formatter_field_name_split(name):
    """Splits 'a.b[0]' into ('a', iterator of (is_attribute, key))."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _rest(name, i)
