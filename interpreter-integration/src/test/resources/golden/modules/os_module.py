import os
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(os.path.join("a", "b", "c.txt"), os.path.join("/base", "x"), os.sep == "/" or os.sep)
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.splitext("a/b.tar.gz"))
print(hasattr(os.environ, "get"), type(os.environ.get("PATH", "")).__name__, os.environ.get("GOLDEN_NO_SUCH_VAR", "absent"))
print(isinstance(os.getcwd(), str), os.path.exists("."), os.path.isdir("."))
