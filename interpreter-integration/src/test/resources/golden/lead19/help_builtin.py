def area(w, h):
    """Area of a w by h rectangle."""
    return w * h
class Shape:
    """A shape."""
    def grow(self, k):
        """Grow by k."""
help(area)
help(Shape.grow)
help(area, )
print(callable(help))
