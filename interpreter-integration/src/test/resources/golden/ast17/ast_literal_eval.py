# ast.literal_eval: the values it accepts and the ValueErrors of what it refuses
import ast

GOOD = ["1", "-1", "+1.5", "1+2j", "-3-4j", "'s'", "b'b'", "(1, 2)", "[1, [2, 3]]", "{'a': 1, 'b': [2]}",
        "{1, 2}", "set()", "None", "True", "False", "  42", "\t(1,)", "()", "{}", "[]", "'a' 'b'", "0x1f", "1e10",
        "...", "{'nested': {'x': (1, None)}}", "-0.0"]
BAD = ["x", "1 + x", "f()", "[1, x]", "{'a': y}", "a.b", "lambda: 1", "1 if 2 else 3", "not True",
       "'a' * 3", "{**d}", "1 < 2", "-'s'", "set([1])", "[*a]"]

for s in GOOD:
    v = ast.literal_eval(s)
    print(repr(s), '->', repr(v), type(v).__name__)
for s in BAD:
    try:
        ast.literal_eval(s)
        print(repr(s), 'accepted?')
    except ValueError as e:
        print(repr(s), 'ValueError:', str(e).split(' at 0x')[0].split(' object')[0])
for s in ["1 +", "(", "'unterminated"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), 'SyntaxError:', e.msg)
print(ast.literal_eval(ast.Constant(7)))
print(ast.literal_eval(ast.parse("{'k': (1, 2)}", mode='eval')))
