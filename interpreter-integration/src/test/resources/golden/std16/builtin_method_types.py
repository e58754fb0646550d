# The types of built-in methods: method_descriptor, wrapper_descriptor, method-wrapper,
# classmethod_descriptor and builtin_function_or_method, as CPython names them.
import types
import pickle
import copy

print(type(list.append).__name__, type(str.join).__name__, type(dict.get).__name__)
print(type(object.__init__).__name__, type(int.__add__).__name__, type(list.__len__).__name__)
print(type([].append).__name__, type((1).__add__).__name__, type(object().__str__).__name__)
print(type(dict.__dict__['fromkeys']).__name__, type(dict.fromkeys).__name__, type(len).__name__)
# METH_COEXIST: these dunders are ordinary methods beside their slot
print(type(dict.__getitem__).__name__, type(list.__getitem__).__name__, type(tuple.__getitem__).__name__)
print(type(set.__contains__).__name__, type(str.__contains__).__name__)
print(type(list.__reduce_ex__).__name__, type(int.__format__).__name__)

print(types.MethodDescriptorType is type(list.append), types.WrapperDescriptorType is type(object.__init__))
print(types.MethodWrapperType is type((1).__add__), types.BuiltinMethodType is type([].append))
print(types.ClassMethodDescriptorType is type(dict.__dict__['fromkeys']))
print(isinstance(list.append, types.BuiltinFunctionType), isinstance(len, types.BuiltinFunctionType))

print(repr(list.append), repr(object.__init__), repr(int.__add__))
print(repr(dict.__dict__['fromkeys']))
print(repr((1).__add__).split(' at ')[0])
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print((5).__add__.__self__, (5).__add__.__name__, (5).__add__.__qualname__)

# the descriptor protocol
lst = [1]
bound = list.append.__get__(lst)
bound(2)
print(lst, type(bound).__name__)
print(list.append.__get__(None, list) is list.append)
w = int.__add__.__get__(4)
print(type(w).__name__, w(3))
try:
    list.append.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
print(dict.__dict__['fromkeys'].__get__(None, dict)('ab'))
print(dict.__dict__['fromkeys'].__get__({}, dict)('cd', 0))

# calls of descriptors
print(list.__len__([1, 2, 3]), str.upper('abc'), int.__add__(2, 3))
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)

# pickling and copying built-in methods
for m in (list.append, int.__add__):
    print(m.__reduce__())
print(pickle.loads(pickle.dumps(list.append)) is list.append)
print(pickle.loads(pickle.dumps(str.join)) is str.join)
print(copy.deepcopy(list.append) is list.append)
b = pickle.loads(pickle.dumps([1, 2].index))
print(type(b).__name__, b(2))

# equality and hashing
l2 = []
print(l2.append == l2.append, l2.append == [].append, l2.__len__ == l2.__len__)
print(list.append == list.append, hash(list.append) == hash(list.append))

# a Python class keeps its functions and inherits the descriptors
class L(list):
    def extra(self):
        return len(self)
print(type(L.append).__name__, type(L.extra).__name__, type(L().append).__name__, type(L().extra).__name__)
print(type(L.__init__).__name__, type(L.__len__).__name__)
print(dict.__dict__['fromkeys'](dict, 'ab'))
try:
    dict.__dict__['fromkeys'](1, 'ab')
except TypeError as e:
    print("TypeError")
