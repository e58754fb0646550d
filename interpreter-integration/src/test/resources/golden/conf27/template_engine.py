# a tiny template engine: "Hello {user.name!r:>10}" templates compiled into f-strings, with the user's mistakes
# reported as a template tool would (message, position and the caret line Python gives)
import traceback


class User:
    def __init__(self, name, age):
        self.name, self.age = name, age


def render(template, **ctx):
    src = "f" + repr(template)
    try:
        code = compile(src, "<template>", "eval")
    except SyntaxError as e:
        lines = traceback.format_exception_only(e)
        return "template error: " + e.msg + " | " + " | ".join(l.rstrip() for l in lines[1:-1])
    try:
        return eval(code, {}, ctx)
    except Exception as e:
        return f"render error: {type(e).__name__}: {e}"


u = User("ada", 36)
templates = [
    "Hello {user.name}!",
    "Hello {user.name!r:>10}|",
    "{user.age:05d} years",
    "{user.name=}",
    "{user.name!x}",
    "{user.name!}",
    "{}",
    "{ }",
    "price: {price:.{digits}f}",
    "price: {price:{w}.{digits}{kind}}",
    "deep: {price:{w:{digits}}}",
    "{user.name",
    "unbalanced }",
    "{user[}",
    "{user)}",
    "{user.name!rr}",
    "{user.missing}",
    "{price / 0}",
    "{price:>{w}x}",
    "{{escaped}} {user.name}",
    "{user.name if user.age > 30 else 'young'}",
    "{lambda: 1}",
    "{#comment}",
    "{'a' 'b'}",
    "{a b}",
]
for t in templates:
    print(repr(t), "->", render(t, user=u, price=3.14159, digits=2, w=8, kind="f"))
