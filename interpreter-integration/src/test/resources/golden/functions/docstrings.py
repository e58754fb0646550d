def f():
    """First line.

    More text.
    """
print(f.__doc__.splitlines()[0])
class K:
    "class doc"
    def m(self):
        'method doc'
print(K.__doc__, K.m.__doc__)
def nodoc(): return 1
print(nodoc.__doc__)
