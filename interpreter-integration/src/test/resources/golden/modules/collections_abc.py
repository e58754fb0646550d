from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Container, Generator, Set
print(isinstance([], Iterable), isinstance([], Iterator), isinstance(iter([]), Iterator), isinstance([], Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance((), Sequence), isinstance("s", Sequence))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance((), Hashable), isinstance({1}, Set), isinstance({}, Sized))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(5, Container), isinstance(range(3), Sequence))
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIt(), Iterator), issubclass(MyIt, Iterable), issubclass(list, MutableMapping))
