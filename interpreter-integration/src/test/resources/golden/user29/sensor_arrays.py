"""Sensor telemetry packed in typed arrays: array('f'/'d'/'h'), byte images, statistics per channel."""
import array
import statistics
import struct
import sys
from fractions import Fraction
from decimal import Decimal

readings = {
    "temp": [21.1, 21.35, 20.9, 22.05, 23.7, 23.1],
    "humidity": [40.2, 41.0, 39.8, 45.5, 47.25, 46.0],
    "pressure": [1013.25, 1012.8, 1011.95, 1012.1, 1013.0, 1013.6],
}
packed = {name: array.array("f", vals) for name, vals in readings.items()}
for name, arr in packed.items():
    exact = readings[name]
    err = max(abs(a - b) for a, b in zip(arr, exact))
    print(f"{name:9} {arr.typecode} n={len(arr)} first={arr[0]!r} mean={statistics.fmean(arr):.6f} "
          f"max_err={err:.3e} bytes={len(arr.tobytes())}")
print(packed["temp"])
print(array.array("d", readings["temp"])[:2], array.array("f", [0.1, 0.2, 0.3]).tolist())
f32 = array.array("f", [1 / 3])
print(f32[0], struct.unpack("f", f32.tobytes())[0] == f32[0], f32[0] == 1 / 3)
f32.append(Fraction(2, 3))
f32.extend([Decimal("0.5"), 7])
f32[0] = 1e39
print(f32, f32.itemsize, f32.buffer_info()[1])
raw = array.array("h", [-2, 0, 300, 32767])
swapped = array.array("h", raw)
swapped.byteswap()
print(raw, swapped, raw.tobytes().hex(), sys.byteorder)
back = array.array("h")
back.frombytes(raw.tobytes())
print(back == raw, back.count(0), back.index(300), array.array("b", b"\x01\xff"))
for bad in (lambda: array.array("f", ["1.5"]), lambda: array.array("h", [40000]), lambda: array.array("B", [-1]),
            lambda: array.array("z"), lambda: raw.frombytes(b"\x00"), lambda: raw + array.array("i")):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
hist = array.array("I", [0] * 5)
for v in readings["humidity"]:
    hist[min(4, int((v - 39) // 2))] += 1
print(list(hist), sum(hist), hist.typecode)
mv = memoryview(array.array("d", [1.5, 2.5]))
print(mv.format, mv.itemsize, mv.tolist(), mv.nbytes)
