# Iterating typed arrays: the iterator sees items appended while it runs and stops for good once exhausted;
# the builtins that consume iterables take arrays.
import array

a = array.array('i', [3, 1, 4])
it = iter(a)
print(next(it), list(it))
a.append(5)
print("after exhaustion:", list(it))
it = iter(a)
next(it)
a.append(9)
print("appended while running:", list(it))
done = iter(array.array('b'))
print(list(done))
print(sum(array.array('d', [0.5, 1.5])), sorted(array.array('b', [3, -1, 2])), max(array.array('H', [7, 9])))
print([x * 2 for x in array.array('b', [1, 2, 3])], list(zip(array.array('u', 'ab'), [1, 2])))
