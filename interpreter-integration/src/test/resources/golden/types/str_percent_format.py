print("%s %d %f" % ("s", 42, 1.5))
print("%5s|%-5s|%05d|%+d|%x|%X|%o|%e|%g|%g" % ("a", "b", 42, 7, 255, 255, 8, 12345.678, 0.0001, 1e20))
print("%.2f %.0f %10.3f %-10.1f|" % (3.14159, 2.5, 1 / 3, 9.99))
print("%r %s %c %c %%" % ("x", None, 65, "z"))
print("%(a)s and %(b)d" % {"a": "A", "b": 2})
print("%s" % (1, ), "%s" % [1, 2], "%s-%s" % (1, 2))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
