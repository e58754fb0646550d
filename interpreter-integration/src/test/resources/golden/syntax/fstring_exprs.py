import math
print(f"{math.sqrt(16)}")
print(f"{(lambda a: a * 2)(4)}")
print(f"{[i*i for i in range(5)]}")
print(f"{'a' + 'b'!r}")
xs = [3, 1, 2]
print(f"{sorted(xs)} {max(xs)} {sum(xs)/len(xs):.3f}")
print(f"{3 > 2} {None} {True:d}")
print(f"""{
    1 + 2
}""")
print(F"upper F {1}")
