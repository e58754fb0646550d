# _locale: the C locale (what locale.py needs: setlocale, localeconv, formatting, nl_langinfo, collation).
import locale

print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "POSIX"))
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.format_string("%d items, %.3f each", (1234567, 1234.5678), grouping=True))
print(locale.str(3.25), locale.atof("1234.5"), locale.atoi("42"), locale.delocalize("1234.5"))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("a", "a"), locale.strxfrm("abc"))
print(sorted(["b", "C", "a", "B"], key=locale.strxfrm))
print(locale.nl_langinfo(locale.RADIXCHAR), locale.nl_langinfo(locale.DAY_1),
      locale.nl_langinfo(locale.ABMON_12))
print(locale.normalize("en_US"), locale.normalize("C"))
try:
    locale.setlocale(locale.LC_ALL, "xx_NOT_A_LOCALE")
except locale.Error as e:
    print("locale.Error:", e)
try:
    locale.setlocale(99, "C")
except locale.Error as e:
    print("locale.Error:", e)
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(locale.LC_NUMERIC))
