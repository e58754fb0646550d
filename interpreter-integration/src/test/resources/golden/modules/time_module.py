import time
t = time.time()
print(type(t).__name__, t > 1.6e9)
p = time.perf_counter()
print(type(p).__name__, time.perf_counter() >= p)
m = time.monotonic()
time.sleep(0.01)
print(time.monotonic() >= m)
print(type(time.time_ns()).__name__ if hasattr(time, "time_ns") else "int")
