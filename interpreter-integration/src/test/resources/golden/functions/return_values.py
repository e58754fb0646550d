def none(): pass
def multi(): return 1, 2, 3
def early(x):
    if x:
        return "early"
    return
print(none(), multi(), early(1), early(0))
a, b, c = multi()
print(a + b + c)
def gen_or_not(flag):
    if flag:
        return [1]
    return ()
print(gen_or_not(True), gen_or_not(False))
