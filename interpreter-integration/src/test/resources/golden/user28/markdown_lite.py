"""A tiny markdown to HTML converter using re.sub with callbacks."""
import html
import re

SOURCE = """# Release notes

Version **2.0** brings *many* changes & fixes. See [the docs](https://example.org/docs?a=1&b=2).

## Highlights

- Faster `parse()` (up to 3x)
- New **--strict** flag
- Removed <legacy> mode

1. Install
2. Run `tool --check`
3. Enjoy

> Quote with *emphasis*
> over two lines

```
code <b>stays</b> raw
  indented
```

Trailing text with a_b_c and 2*3*4.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: f"<strong>{m.group(1)}</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: '<a href="{}">{}</a>'.format(m[2], m[1])),
]


def inline(text):
    text = html.escape(text, quote=False)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def convert(src):
    out, para, list_kind, in_code, quote = [], [], None, False, []

    def flush():
        nonlocal list_kind
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None
        if quote:
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            quote.clear()

    for line in src.splitlines():
        if line.startswith("```"):
            flush()
            out.append("</pre>" if in_code else "<pre>")
            in_code = not in_code
            continue
        if in_code:
            out.append(html.escape(line))
            continue
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            flush()
            level = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
        elif m := re.match(r"\s*(?:([-*])|(\d+)\.)\s+(.*)", line):
            kind = "ul" if m.group(1) else "ol"
            if list_kind != kind:
                flush()
                out.append(f"<{kind}>")
                list_kind = kind
            out.append(f"  <li>{inline(m.group(3))}</li>")
        elif line.startswith(">"):
            quote.append(line[1:].strip())
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
    flush()
    return "\n".join(out)


result = convert(SOURCE)
print(result)
print(len(re.findall(r"<(\w+)", result)), sorted(set(re.findall(r"</(\w+)>", result))))
print(re.sub(r"(?P<word>\b\w{4,}\b)", lambda m: m["word"].upper(), "make long words loud ok"))
print(re.split(r"[,;]\s*", "a, b;c ;d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbxc"))
print(re.subn(r"a", "A", "banana", count=2), re.escape("1+1=2?"), re.fullmatch(r"\d+", "123x"))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?", "on 2026-12 maybe")
print(m, m.groupdict(), m.groupdict("?"), m.span("m"), m.lastgroup, m.lastindex, m.expand(r"\g<m>/\g<y>"))
print(html.unescape("&lt;p&gt; &amp;amp; &#39; &#x41; &copy; &nbsp;|"), html.escape("\"'<>&"))
print([m.group() for m in re.finditer(r"\b[A-Z]\w*", "Alpha beta Gamma Delta")], re.findall(r"(\w)(\d)", "a1 b2 c"))
p = re.compile(r"^\s*(\w+)\s*=\s*(.*?)\s*$", re.M)
print(p.findall("a = 1\n  b=two  \nbad line\nc =  3 "), p.pattern[:8], p.flags & re.M == re.M, p.groups)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
