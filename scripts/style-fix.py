#!/usr/bin/env python3
"""Mechanical fixes for the style gate (config/checkstyle.xml), driven by checkstyle's own report.

  scripts/style-fix.py MODULE...     e.g. scripts/style-fix.py interpreter-integration

NeedBraces: the body of a brace-less if/else/for/while/do gets braces on lines of its own, its lines re-indented.
LineLength: a comment is re-wrapped at word boundaries; code is broken between tokens (after a comma, before a
binary operator, at the outermost level that fits), the continuation indented 8 more; a trailing // comment moves
above its line. Only whitespace and braces change, so the compiled code is the same. Run it again after a merge
brings in new violations; it stops at a fixed point or after a few rounds. Lines it cannot break are listed.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX = 120
OPEN, CLOSE = "{/*@@*/", "/*@@*/}"


def checkstyle(module):
    for dirpath, _, files in os.walk(os.path.join(ROOT, module)):
        if "checkstyle-cachefile" in files:
            os.remove(os.path.join(dirpath, "checkstyle-cachefile"))
    r = subprocess.run(["mvn", "-B", "-q", "-o", "-pl", module, "checkstyle:check@style"], cwd=ROOT,
                       capture_output=True, text=True)
    out = {}
    for line in r.stdout.splitlines():
        line = re.sub(r"\x1b\[[0-9;]*m", "", line)
        m = re.match(r"\[ERROR\] (\S+\.java):\[(\d+)(?:,(\d+))?\] \(\w+\) (\w+):", line)
        if m:
            out.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3) or 0), m.group(4)))
    return out


# ---------------------------------------------------------------- tokens

TOKEN = re.compile(r'''
    (?P<ws>\s+)
  | (?P<lc>//[^\n]*)
  | (?P<bc>/\*.*?\*/)
  | (?P<tb>"""(?:\\.|[^\\])*?""")
  | (?P<st>"(?:\\.|[^"\\\n])*")
  | (?P<ch>'(?:\\.|[^'\\\n])+')
  | (?P<id>[A-Za-z_$][\w$]*)
  | (?P<num>(?:\d|\.\d)(?:[eEpP][+-]|[\w.])*)
  | (?P<op>->|::|\+\+|--|&&|\|\||[<>=!]=|<<=|>>>=|>>=|[-+*/%&|^]=|\.\.\.|[{}()\[\];,.@?:~!<>=+\-*/%&|^])
''', re.S | re.X)


def tokens(text):
    out = []
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ValueError("cannot tokenize at %d: %r" % (pos, text[pos:pos + 30]))
        kind = m.lastgroup
        if kind not in ("ws", "lc", "bc"):
            out.append((m.start(), m.end(), m.group(0)))
        pos = m.end()
    return out


class Stmt:
    """Statement boundaries over the token list: end(i) is the index of the statement's last token."""

    def __init__(self, toks):
        self.t = toks
        self.match = {}
        stack = []
        for i, (_, _, s) in enumerate(toks):
            if s in "([{":
                stack.append(i)
            elif s in ")]}":
                j = stack.pop()
                self.match[j] = i

    def paren_end(self, i):
        return self.match[i]

    def end(self, i):
        s = self.t[i][2]
        if s == "{":
            return self.match[i]
        if s == ";":
            return i
        if s == "if":
            j = self.end(self.match[i + 1] + 1)
            if j + 1 < len(self.t) and self.t[j + 1][2] == "else":
                return self.end(j + 2)
            return j
        if s in ("for", "while", "synchronized", "switch") and self.t[i + 1][2] == "(":
            return self.end(self.match[i + 1] + 1)
        if s == "do":
            j = self.end(i + 1)  # body, then while ( ... ) ;
            return self.match[j + 2] + 1
        if s == "try":
            j = i + 1
            if self.t[j][2] == "(":
                j = self.match[j] + 1
            j = self.match[j]
            while j + 1 < len(self.t) and self.t[j + 1][2] in ("catch", "finally"):
                k = j + 2
                if self.t[k][2] == "(":
                    k = self.match[k] + 1
                j = self.match[k]
            return j
        # expression / declaration / return / throw / break: up to ';' at depth 0
        j = i
        while self.t[j][2] != ";":
            if self.t[j][2] in "([{":
                j = self.match[j]
            j += 1
        return j


def add_braces(text, sites):
    """sites: (line, col) of brace-less if/else/for/while/do keywords."""
    toks = tokens(text)
    st = Stmt(toks)
    line_start = [0]
    for k, c in enumerate(text):
        if c == "\n":
            line_start.append(k + 1)
    at = {s: i for i, (s, _, _) in enumerate(toks)}
    edits = []
    for line, col in sites:
        off = line_start[line - 1] + col - 1
        i = at.get(off)
        if i is None:
            continue
        kw = toks[i][2]
        if kw in ("if", "for", "while"):
            b = st.paren_end(i + 1) + 1
        elif kw in ("else", "do"):
            b = i + 1
        else:
            continue
        if toks[b][2] == "{":
            continue
        e = st.end(b)
        prev_end = toks[b - 1][1]
        if "\n" in text[prev_end:toks[b][0]]:
            # body on a later line: the brace goes at the end of the head's line
            edits.append((prev_end, 1, -b, " " + OPEN))
        else:
            edits.append((toks[b][0], 1, -b, OPEN + " "))
        edits.append((toks[e][1], 0, b, CLOSE))
    # apply from the end; at one offset closers of outer statements (smaller start) first so they end up last
    for off, _, _, s in sorted(edits, key=lambda x: (x[0], x[1], x[2]), reverse=True):
        text = text[:off] + s + text[off:]
    return text


def indent_of(s):
    return len(s) - len(s.lstrip(" "))


def expand(text):
    """Lays out the marked braces: '{' ends its line, the body is indented 4 more, '}' stands on its own line."""

    class Block:
        def __init__(self, stmt_indent, same_line):
            self.stmt_indent = stmt_indent
            # shift of the body's later lines: +4 when the body began on the brace's line, else set so that the
            # body's first line lands 4 right of the statement
            self.delta = 4 if same_line else None

    out = []
    stack = []
    for raw in text.split("\n"):
        if not raw.strip():
            out.append("")
            continue
        for b in stack:
            if b.delta is None:
                b.delta = b.stmt_indent + 4 - (indent_of(raw) + sum(x.delta for x in stack if x is not b and x.delta))
        cur = indent_of(raw) + sum(b.delta for b in stack)
        rest = raw.lstrip(" ")
        if OPEN not in rest and CLOSE not in rest:
            out.append(" " * max(cur, 0) + rest)
            continue
        buf = " " * max(cur, 0)
        while True:
            io, ic = rest.find(OPEN), rest.find(CLOSE)
            if io < 0 and ic < 0:
                buf += rest
                break
            if ic < 0 or 0 <= io < ic:
                buf += rest[:io] + "{"
                out.append(buf.rstrip())
                rest = rest[io + len(OPEN):].lstrip(" ")
                if rest.startswith("//"):
                    out[-1] += " " + rest.rstrip()
                    rest = ""
                stack.append(Block(cur, bool(rest.strip())))
                cur += 4
                buf = " " * cur
                if not rest.strip():
                    rest = ""
                    break
            else:
                before = rest[:ic]
                if before.strip():
                    out.append((buf + before).rstrip())
                b = stack.pop()
                cur = b.stmt_indent
                buf = " " * cur + "}"
                rest = rest[ic + len(CLOSE):]
                if rest.startswith(" else") or rest.startswith(CLOSE):
                    rest = rest.lstrip(" ")
                    if rest.startswith("else"):
                        buf += " "
                    else:
                        out.append(buf)
                        buf = " " * cur
                    continue
                if rest.strip().startswith("//"):
                    buf += " " + rest.strip()
                    rest = ""
                    break
                if rest.strip():
                    out.append(buf)
                    buf = " " * cur
                    rest = rest.lstrip(" ")
                else:
                    rest = ""
                    break
        if buf.strip():
            out.append(buf.rstrip())
    # "}" then "else" on the next line: one line
    joined = []
    for line in out:
        if joined and joined[-1].strip() == "}" and line.strip().startswith("else") \
                and indent_of(joined[-1]) == indent_of(line):
            joined[-1] = joined[-1] + " " + line.strip()
        else:
            joined.append(line)
    return "\n".join(joined)


def fix_braces(path, sites):
    text = open(path).read()
    new = expand(add_braces(text, sites))
    if new != text:
        open(path, "w").write(new)


BINARY = {"+", "-", "*", "/", "%", "&&", "||", "?", ":", "==", "!=", "<=", ">=", "&", "|", "^", "instanceof"}


def wrap_words(prefix, words, first_prefix=None):
    lines, cur = [], first_prefix or prefix
    fresh = True
    for w in words:
        if not fresh and len(cur) + 1 + len(w) > MAX:
            lines.append(cur)
            cur, fresh = prefix, True
        cur += ("" if fresh else " ") + w
        fresh = False
    lines.append(cur)
    return lines


def wrap_comment(line):
    ind = " " * indent_of(line)
    body = line.strip()
    if body.startswith("//"):
        return wrap_words(ind + "// ", body[2:].split())
    if body.startswith("/**") and body.endswith("*/"):
        return [ind + "/**"] + wrap_words(ind + " * ", body[3:-2].split()) + [ind + " */"]
    if body.startswith("/*") and body.endswith("*/"):
        return [ind + "/*"] + wrap_words(ind + " * ", body[2:-2].split()) + [ind + " */"]
    if body.startswith("*") and not body.startswith("*/"):
        return wrap_words(ind + "* ", body[1:].split())
    return None


def trailing_comment(text):
    """Offset of a // comment that ends the line, or None."""
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            return None
        if m.lastgroup == "lc":
            return m.start()
        pos = m.end()
    return None


def wrap_code(line, cont=None):
    ind = indent_of(line)
    text = line.strip()
    cont = ind + 8 if cont is None else cont
    try:
        toks = tokens(text)
    except ValueError:
        return None
    lc = trailing_comment(text)
    if lc is not None and toks and lc >= toks[-1][1]:
        comment = text[lc:].strip()
        code = text[:lc].rstrip()
        return wrap_comment(" " * ind + comment) + (wrap_code(" " * ind + code, cont) or [" " * ind + code])
    best = None
    depth = 0
    for k in range(len(toks) - 1):
        s = toks[k][2]
        if s in "([{":
            depth += 1
        elif s in ")]}":
            depth -= 1
        end = toks[k][1]
        if ind + end > MAX:
            break
        nxt = toks[k + 1][2]
        good = s == "," or nxt in BINARY or s in ("(", "->", "=")
        if not good or end < 20:
            continue
        # a break before ':' of a case label or after '(' of an empty call reads badly
        score = (depth + (0 if s == "," or nxt in BINARY else 1), -end)
        if best is None or score < best[0]:
            best = (score, end, toks[k + 1][0])
    if best is None:
        return None
    head = " " * ind + text[:best[1]].rstrip()
    tail = " " * cont + text[best[2]:].strip()
    out = [head]
    if len(tail) > MAX:
        more = wrap_code(tail, cont)
        if more is None:
            return None
        out += more
    else:
        out.append(tail)
    return out


def split_string(line):
    """The line with the string literal that crosses the limit split at a space into "a " + "b", where the literal
    is a whole operand of + (or stands alone), so the value (a compile-time constant concatenation) is the same."""
    ind = indent_of(line)
    text = line.strip()
    try:
        toks = tokens(text)
    except ValueError:
        return None
    for k, (a, b, tok) in enumerate(toks):
        if not tok.startswith('"') or tok.startswith('"""') or ind + b <= MAX - 8:
            continue
        prev = toks[k - 1][2] if k > 0 else ""
        nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
        if prev not in ("(", ",", "+", "=", "return", "->", "?", ":", "case", "throw", "{") \
                or nxt not in (")", ",", "+", ";", ":", "}", ""):
            return None
        limit = MAX - ind - a - 2
        cut = -1
        for j in range(1, len(tok) - 1):
            if tok[j] == " " and tok[j - 1] != "\\" and 20 < j < limit:
                cut = j + 1
        if cut < 0:
            return None
        return " " * ind + text[:a] + tok[:cut] + '" + "' + tok[cut:] + text[b:]
    return None


def fix_lines(path, line_numbers):
    lines = open(path).read().split("\n")
    failed = []
    for n in sorted(line_numbers, reverse=True):
        line = lines[n - 1]
        prev = next((x.strip() for x in reversed(lines[:n - 1]) if x.strip()), ";")
        # a line that continues an expression keeps its indent for the lines it is broken into
        cont = indent_of(line) if not prev.endswith((";", "{", "}", ":", "*/")) and not prev.startswith(("//", "*", "@")) \
            else None
        new = wrap_comment(line) if line.strip().startswith(("//", "/*", "*")) else wrap_code(line, cont)
        tries = 0
        while (not new or any(len(x) > MAX for x in new)) and not line.strip().startswith(("//", "/*", "*")) \
                and tries < 8:
            tries += 1
            split = split_string(line)
            if split is None:
                break
            line = split
            new = wrap_code(line, cont)
        if not new or any(len(x) > MAX for x in new):
            failed.append((n, line.strip()[:80]))
            continue
        lines[n - 1:n] = new
    open(path, "w").write("\n".join(lines))
    return failed


def fix_left_curly(path, sites):
    """A one-line block '{ a; b; }' (a lambda body) becomes one statement per line."""
    text = open(path).read()
    line_start = [0] + [k + 1 for k, c in enumerate(text) if c == "\n"]
    toks = tokens(text)
    st = Stmt(toks)
    at = {s: i for i, (s, _, _) in enumerate(toks)}
    for line, col in sorted(sites, reverse=True):
        i = at.get(line_start[line - 1] + col - 1)
        if i is None or toks[i][2] != "{":
            continue
        j = st.match[i]
        ind = indent_of(text[line_start[line - 1]:].split("\n")[0])
        parts = []
        k = i + 1
        while k < j:
            e = st.end(k)
            parts.append(text[toks[k][0]:toks[e][1]])
            k = e + 1
        body = "".join("\n" + " " * (ind + 4) + p for p in parts)
        text = text[:toks[i][1]] + body + "\n" + " " * ind + text[toks[j][0]:]
        toks = tokens(text)
        st = Stmt(toks)
        at = {s: i for i, (s, _, _) in enumerate(toks)}
        line_start = [0] + [k + 1 for k, c in enumerate(text) if c == "\n"]
    open(path, "w").write(text)


def fix_unused_imports(path, line_numbers):
    lines = open(path).read().split("\n")
    for n in sorted(line_numbers, reverse=True):
        if lines[n - 1].startswith("import "):
            del lines[n - 1]
    open(path, "w").write("\n".join(lines))


def main(modules):
    for module in modules:
        for rnd in range(6):
            found = checkstyle(module)
            braces = {f: [(l, c) for l, c, k in v if k == "NeedBraces"] for f, v in found.items()}
            braces = {f: v for f, v in braces.items() if v}
            if not braces:
                break
            print("%s round %d: NeedBraces in %d files, %d sites" % (module, rnd, len(braces),
                                                                  sum(len(v) for v in braces.values())))
            for f, v in braces.items():
                fix_braces(os.path.join(ROOT, module, f), v)
        found = checkstyle(module)
        for f, v in found.items():
            path = os.path.join(ROOT, module, f)
            curly = [(l, c) for l, c, k in v if k == "LeftCurly"]
            if curly:
                fix_left_curly(path, curly)
        found = checkstyle(module)
        for f, v in found.items():
            path = os.path.join(ROOT, module, f)
            imports = [l for l, c, k in v if k == "UnusedImports"]
            if imports:
                fix_unused_imports(path, imports)
        found = checkstyle(module)
        for f, v in found.items():
            path = os.path.join(ROOT, module, f)
            long_lines = [l for l, c, k in v if k == "LineLength"]
            if long_lines:
                for n, text in fix_lines(path, long_lines):
                    print("%s:%d: left long: %s" % (f, n, text))


if __name__ == "__main__":
    main(sys.argv[1:])
