# Iterating typed arrays: the iterator is an array.arrayiterator, sees items appended while it runs, stops for
# good once exhausted, and pickles/copies as CPython's does.
import array
import copy
import pickle

a = array.array('i', [3, 1, 4])
it = iter(a)
print(type(it), type(it).__name__, type(it).__module__)
print(repr(it).startswith("<array.arrayiterator object at 0x"))
print(next(it), list(it))
a.append(5)
print("after exhaustion:", list(it))
it = iter(a)
next(it)
a.append(9)
print("appended while running:", list(it))
it = iter(a)
next(it)
print(it.__reduce__()[1:], it.__reduce__()[0] is iter)
it2 = pickle.loads(pickle.dumps(it))
print("unpickled:", list(it2))
it3 = copy.copy(iter(a))
print("copied:", list(it3))
it4 = iter(a)
it4.__setstate__(3)
print("setstate(3):", list(it4))
it5 = iter(a)
it5.__setstate__(-4)
print("setstate(-4):", list(it5))
it6 = iter(a)
it6.__setstate__(100)
print("setstate(100):", list(it6))
done = iter(array.array('b'))
print(list(done), done.__reduce__())
try:
    type(it)()
except TypeError as e:
    print("TypeError:", e)
try:
    iter(a).__setstate__("x")
except TypeError as e:
    print("TypeError:", e)
print(sum(array.array('d', [0.5, 1.5])), sorted(array.array('b', [3, -1, 2])), max(array.array('H', [7, 9])))
print([x * 2 for x in array.array('b', [1, 2, 3])], list(zip(array.array('u', 'ab'), [1, 2])))
print(isinstance(iter(a), type(iter(array.array('d')))))
