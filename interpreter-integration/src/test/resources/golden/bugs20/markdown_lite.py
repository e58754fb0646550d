# A tiny Markdown-to-HTML converter: re.sub with callbacks, html.escape, headings, lists, code, links, emphasis.
import re
import html

DOC = """# Release notes
Some *intro* text with **bold**, `code <b>` and a [link](https://example.com/a?b=1&c=2).

## Changes
- fixed the _parser_ crash (#42)
- added `--fast` flag
  continued line
- removed **old** API

1. first
2. second

```
if a < b:
    print("x & y")
```
> quoted *text*
Final line with trailing spaces   
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])[*_](?![\s*_])(.+?)(?<!\s)[*_](?!\w)"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
    (re.compile(r"#(\d+)\b"), lambda m: f'<a href="/issues/{int(m.group(1))}">#{m.group(1)}</a>'),
]

def inline(text):
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append("<code>" + html.escape(part[1:-1]) + "</code>")
            continue
        part = html.escape(part, quote=False)
        for pat, rep in INLINE[1:]:
            part = pat.sub(rep, part)
        out.append(part)
    return "".join(out)

def convert(src):
    out, lst, code = [], None, False
    for raw in src.splitlines():
        line = raw.rstrip()
        if line.startswith("```"):
            if code:
                out.append("</pre>")
            else:
                out.append("<pre>")
            code = not code
            continue
        if code:
            out.append(html.escape(raw))
            continue
        m = re.match(r"(#{1,6})\s+(.*)", line)
        item = re.match(r"(?:(?P<ul>[-*])|(?P<ol>\d+)\.)\s+(?P<text>.*)", line)
        if lst and not item and raw.startswith("  ") and line.strip():
            out[-1] = out[-1][:-5] + " " + inline(line.strip()) + "</li>"
            continue
        if lst and not item:
            out.append(f"</{lst}>")
            lst = None
        if m:
            level = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
        elif item:
            kind = "ul" if item.group("ul") else "ol"
            if lst != kind:
                if lst:
                    out.append(f"</{lst}>")
                out.append(f"<{kind}>")
                lst = kind
            out.append(f"<li>{inline(item.group('text'))}</li>")
        elif line.startswith(">"):
            out.append(f"<blockquote>{inline(line[1:].strip())}</blockquote>")
        elif line:
            out.append(f"<p>{inline(line)}</p>")
    if lst:
        out.append(f"</{lst}>")
    return "\n".join(out)

result = convert(DOC)
print(result)
print(len(result), result.count("<li>"), re.findall(r"<(h\d)", result))
print(html.unescape("&lt;p&gt; &amp; &quot;hi&quot; &#39;x&#39; &copy; &#x263A;"), html.escape("<a href='x'>&</a>"))
words = re.findall(r"\b[a-z]{4,}\b", DOC.lower())
print(sorted(set(words))[:8])
print(re.sub(r"(?m)^(\s*)-", r"\1*", "- a\n  - b\n- c"))
print(re.sub(r"(?s)```.*?```", "[code]", DOC).count("[code]"), re.search(r"(?i)RELEASE\s+(\w+)", DOC).group(1))
toc = [(len(h), t) for h, t in re.findall(r"(?m)^(#+)\s+(.+)$", DOC)]
for level, title in toc:
    print("  " * (level - 1) + "- " + title)
