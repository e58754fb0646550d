cases = ["1 / 0", "1 // 0", "1 % 0", "1.5 / 0", "1.5 // 0", "1.5 % 0", "divmod(5, 0)", "divmod(5.0, 0.0)",
         "0 ** -1", "0.0 ** -2", "5 / 0.0", "(1+2j) / 0", "pow(0, -1)", "pow(3, -1, 1)", "pow(2, -1, 4)",
         "10 % 0.0", "import fractions; fractions.Fraction(1, 0)",
         "import math; math.log(0)", "import math; math.sqrt(-1)", "int('5') // int('0')"]
for c in cases:
    try:
        exec(c)
        print(c, "ok")
    except Exception as e:
        print(c, "->", type(e).__name__, e)
total, count = 10, 0
print(total / count)
