class C:
    base = 10
    items = [i * 2 for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        err = "NameError: " + str(e)
    first = [base for _ in range(1)] if False else None
    uses_outer_iter = [v * 2 for v in [base, base + 1]]
print(C.items, C.err, C.uses_outer_iter)
