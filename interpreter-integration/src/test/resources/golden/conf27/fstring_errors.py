# f-string mistakes as compile() reports them: message, line, columns and the caret lines CPython 3.11 prints
import traceback

snippets = [
    'f"{x!z}"', 'f"{}"', 'f"{ }"', 'f"{x:{y:{z}}}"', 'f"{x:{y:{z:{w}}}}"', 'f"{x!}"', "f'{x!r'", 'f"{x=!z}"',
    'x = f"{a b}"', 'f"{!r}"', 'f"{:>3}"', 'f"{=}"', 'f"}"', 'f"{"', 'f"{x!rr}"', 'f"{lambda x: 1}"', 'f"{x:}}"',
    'print(f"{x!}")', 'print(f"{x!z}", end="")', 'msg = f"{name!x} is {age}"', 'f"{a[}"', 'f"{a)}"', 'f"{a(]}"',
    'f"{#}"', "f\"{'a}\"", 'f"{x!r:}}"', 'f"{x:{y!z}}"', 'y = 1\nz = f"{x!z}"', 'f"a" "b" f"{c!q}" "d"',
    'f"{x = !s:>{w}}"', 'f"{x:{y}}"', 'f"{3!r}"', 'f"{x} {y!}"', 'total = f"{price * qty:.2f} {unit!k}"',
    'f"{a b c}"', 'f"{1 +}"', 'f"{*x}"', 'f"{yield}"', 'f"{x:{{y}}}"', 'f"{x!s!r}"',
]
for src in snippets:
    for tail in ("", "\n"):
        try:
            compile(src + tail, "<fstr>", "exec")
            print(repr(src + tail), "compiles")
        except SyntaxError as e:
            print(repr(src + tail), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
            print("".join(traceback.format_exception_only(e)), end="")
