try:
    import no_such_module_golden
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import math as m, sys as s
print(m.floor(1.5), s.maxsize > 0)
from math import (floor,
                  ceil)
print(floor(2.5), ceil(2.5))
