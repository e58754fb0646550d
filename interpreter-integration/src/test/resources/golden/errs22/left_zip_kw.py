for f in (lambda: zip([1], strict=True, foo=1), lambda: zip([1], foo=1), lambda: zip(strict=1, a=2, b=3),
          lambda: map(), lambda: map(len), lambda: filter(None), lambda: enumerate([], 0, 1), lambda: zip([1], [2], strict=True, x=[1])):
    try:
        f()
    except TypeError as e:
        print(e)
print(list(zip([1, 2], [3], strict=False)))
list(zip([1, 2], [3], strict=True))
