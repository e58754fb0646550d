"""Generates ArityTable.java (the declared arities of stmpy's built-ins) from the table of scripts/arity-walk.py.

usage: python3 scripts/arity-decl.py interpreter-integration/src/test/resources/arity/builtin_arity.tsv
It writes interpreter-integration/src/main/java/org/stmj/python/objects/ArityTable.java and lists on stderr the
built-ins it could not declare. For each (type, name) the calls that CPython refused with an arity TypeError give
the range min..max (the counts it accepted, which must be contiguous) and the message's form (Arity's forms); a
declaration is kept only if Arity.message rebuilds every one of CPython's messages exactly and every way the table
reaches it (an instance, the class) agrees on it. A declaration is keyed by the type whose instances were called
(not the class defining the name); stmpy applies it to that type's own dict. Messages that need the parameters'
names ("missing required argument 'x' (pos 1)") count as accepted calls: that side of the range stays the body's.
"""
import collections
import os
import re
import sys

PAT = [
    ("E", re.compile(r"^TypeError: (?P<p>.*?)expected (at least |at most )?\d+ arguments?, got \d+$")),
    ("N", re.compile(r"^TypeError: (?P<p>\S+)\(\) takes no arguments \(\d+ given\)$")),
    ("O", re.compile(r"^TypeError: (?P<p>\S+)\(\) takes exactly one argument \(\d+ given\)$")),
    ("T", re.compile(r"^TypeError: (?P<p>\S+)\(\) takes (at least|at most|exactly) \d+ (positional )?arguments? "
                     r"\(\d+ given\)$")),
]
FORMS = "EUNOTPQ"


def message(form, p, mn, mx, n):
    """Arity.message, in Python."""
    lim = mn if n < mn else mx
    s = "" if lim == 1 else "s"
    if form in ("E", "U"):
        q = "" if mn == mx else "at least " if n < mn else "at most "
        pre = " " if form == "U" else "" if p == "-" else p + " "
        return "TypeError: %sexpected %s%d argument%s, got %d" % (pre, q, lim, s, n)
    if form == "N":
        return "TypeError: %s() takes no arguments (%d given)" % (p, n)
    if form == "O":
        return "TypeError: %s() takes exactly one argument (%d given)" % (p, n)
    q = "exactly" if mn == mx else "at least" if n < mn else "at most"
    pos = ""
    if form == "P":
        pos = "positional " if n < mn else ""
        q = q if n < mn else "at most"
    elif form == "Q":
        pos = "positional "
    return "TypeError: %s() takes %s %d %sargument%s (%d given)" % (p, q, lim, pos, s, n)


def parse(out):
    """The name an arity TypeError starts with ('-' for none), or None for any other outcome."""
    for form, rx in PAT:
        m = rx.match(out)
        if m:
            p = m.group("p")
            return (p.rstrip(" ") or "-") if form == "E" else p
    return None


def declaration(ks):
    """(min, max, form, name) for one built-in's calls [(k, outcome)], max -1 for no limit; None if none fits."""
    parsed = {k: parse(o) for k, o in ks}
    names = {v for v in parsed.values() if v}
    if len(names) != 1:
        return None
    name = names.pop()
    # a call refused by a missing-argument message counts as accepted: that side stays the body's
    accepted = [k for k, o in ks if parsed[k] is None]
    if not accepted:
        return None
    mn, top = min(accepted), max(k for k, _ in ks)
    mx = -1 if max(accepted) == top else max(accepted)
    if any(parsed[k] is not None for k, _ in ks if mn <= k and (mx < 0 or k <= mx)):
        return None  # not a contiguous range
    for form in FORMS:
        if all(parsed[k] is None or message(form, name, mn, mx if mx >= 0 else 1 << 30, k) == o for k, o in ks):
            return mn, mx, form, name
    return None


def typename(owner):
    return "builtin_function_or_method" if owner == "builtin_function" else owner


def main():
    groups = collections.OrderedDict()
    for line in open(sys.argv[1], encoding="utf-8"):
        owner, name, k, dc, out = line.rstrip("\n").split("\t", 4)
        if owner.endswith(".class"):
            owner = owner[:-6]
        groups.setdefault((typename(owner), name), collections.OrderedDict()).setdefault(owner + dc, []).append(
            (int(k), out))
    decl = collections.OrderedDict()
    for (tn, name), owners in groups.items():
        ds = set()
        for ks in owners.values():
            d = declaration(ks)
            if d and d[2] in "NO" and tn not in ("builtins", "math") and d[3] == tn + "." + name:
                d = d[:3] + ("$",)  # the self's type's name, or the owner's unbound (_PyObject_FunctionStr)
            ds.add(d)
        if len(ds) != 1 or None in ds:
            if any(v is not None for v in ds):
                print("not declared: %s.%s %s" % (tn, name, ds), file=sys.stderr)
            continue
        decl[(tn, name)] = ds.pop()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    out = os.path.join(root, "interpreter-integration/src/main/java/org/stmj/python/objects/ArityTable.java")
    rows = ["%s %s %d %d %s %s" % (tn, name, mn, mx, form, p) for (tn, name), (mn, mx, form, p) in decl.items()]
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("package org.stmj.python.objects;\n\n")
        fh.write("/** Generated by scripts/arity-decl.py from CPython 3.11 (see {@link Arity}); do not edit. */\n")
        fh.write("final class ArityTable {\n    private ArityTable() {\n    }\n\n")
        fh.write("    /** One declaration a line: owner, name, min, max (-1: none), form, name in the message ($: the self's). */\n")
        fh.write('    static final String ROWS = ""\n')
        for r in rows:
            fh.write('            + "%s\\n"\n' % r)
        fh.write("            ;\n}\n")
    print("%d declarations" % len(rows), file=sys.stderr)


main()
