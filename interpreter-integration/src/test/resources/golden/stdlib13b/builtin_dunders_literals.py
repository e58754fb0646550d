# Built-in types have CPython's binary dunders only; list.__imul__; type | ABCMeta class; SimpleNamespace repr;
# non-ASCII in a bytes literal (branch std13b)
import collections.abc, types
print(hasattr(1, "__matmul__"), hasattr("", "__sub__"), hasattr("", "__radd__"), hasattr([], "__imul__"), hasattr(1.5, "__lshift__"), hasattr(1j, "__floordiv__"))
l = [1, 2]; l.__imul__(2); print(l, [1] * 3, 3 * [1], "a" * 2, 2 * "a", {1} | {2}, 5 // 2, 2 ** 3, 1.5 % 1)
print(int | collections.abc.Mapping)
ns = types.SimpleNamespace(x=1); ns.me = ns; print(ns)
class S(types.SimpleNamespace): pass
print(S(a=1))
try:
    eval("b'\x81'")
except SyntaxError as e:
    print(e.msg)

