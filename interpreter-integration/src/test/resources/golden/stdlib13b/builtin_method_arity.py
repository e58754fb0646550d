# methods of list, dict, tuple and range check their argument counts as CPython does
cases = ["[].copy(1)", "[].append()", "[].append(1,2)", "[].pop(1,2)", "{}.get()", "{}.get(1,2,3)",
         "[].copy(a=1)", "{}.pop()", "[].insert(1)", "().index()", "[].index(1,2,3,4)", "{}.setdefault()",
         "{}.keys(1)", "[].sort(1)", "[].clear(1)", "{}.popitem(1)", "list.append([])", "().count()",
         "[].__len__(1)", "().__contains__()", "range(3).__len__(1)"]
for f in cases:
    try:
        eval(f)
        print(f, 'no error')
    except TypeError as e:
        print(f, '->', e)
print({}.get(1, 2), [3, 1].pop(0), [1, 2].index(2, 0, 5), {}.update(a=1), sorted([3, 1], reverse=True))
print(range(5).__len__(), range(5).__contains__(3), range(5).__getitem__(-1), list(range(4).__reversed__()))
print(range(1, 4) == range(1, 4), hash(range(3)) == hash(range(0, 3)), range(2).__bool__())
