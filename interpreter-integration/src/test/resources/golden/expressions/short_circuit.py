def t(v, log):
    log.append(v)
    return v
log = []
print(t(0, log) and t(1, log), log)
log = []
print(t(2, log) and t(3, log), log)
log = []
print(t(0, log) or t("", log) or t(None, log), log)
log = []
print(t([], log) or t([1], log) or t(5, log), log)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0.0 or "", not (1 and 0))
print([] and 1 / 0, 1 or 1 / 0)
