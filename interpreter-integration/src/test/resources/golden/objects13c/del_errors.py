# an exception from __del__ is reported ("Exception ignored in") and the program goes on
import gc


class Bad:
    def __del__(self):
        raise ValueError("from __del__")


b = Bad()
del b
for _ in range(3):
    gc.collect()
print("still running")
