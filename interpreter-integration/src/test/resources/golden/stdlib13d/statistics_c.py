# The _statistics accelerator: its inverse normal CDF gives exactly the doubles of statistics.py's own version.
import sys

import _statistics

sys.modules['_statistics'] = None  # statistics then keeps its pure-Python function
import statistics  # noqa: E402

c_fn = _statistics._normal_dist_inv_cdf
py_fn = statistics._normal_dist_inv_cdf
print(c_fn.__name__, c_fn.__module__, py_fn.__module__)
ps = [i / 1000 for i in range(1, 1000)] + [1e-300, 1e-20, 1e-9, 0.07, 0.075, 0.925, 1 - 1e-9, 1 - 1e-16]
same = all(c_fn(p, mu, sigma) == py_fn(p, mu, sigma) for p in ps for mu, sigma in [(0, 1), (10, 2.5), (-3, 0.1)])
print('identical:', same)
print([round(c_fn(p, 0.0, 1.0), 12) for p in (0.001, 0.025, 0.5, 0.975, 0.999999)])
print(c_fn(0.3, 1, 2))
nd = statistics.NormalDist(100, 15)
print([round(x, 9) for x in nd.quantiles(10)])
try:
    c_fn(0.5, 0.0)
except TypeError:
    print('needs three arguments')
