# pkgutil lists the standard library's modules and its packages' submodules (plugin discovery, help('modules'))
import pkgutil, json, encodings, email, importlib.util
mods = {m.name: m.ispkg for m in pkgutil.iter_modules()}
print(len(mods) > 150, mods.get("json"), mods.get("os"), mods.get("collections"), "__init__" in mods)
print(sorted(m.name for m in pkgutil.iter_modules(json.__path__)))
print(sorted(m.name for m in pkgutil.iter_modules(json.__path__, "json.")))
names = {m.name for m in pkgutil.iter_modules(encodings.__path__)}
print(len(names) > 50, "utf_8" in names, "cp1252" in names, "aliases" in names)
print([m.name for m in pkgutil.walk_packages(json.__path__, "json.")])
print(sorted(m.name for m in pkgutil.iter_modules(email.__path__) if m.ispkg))
print(pkgutil.get_importer("/nonexistent_dir_x"), importlib.util.find_spec("json.decoder").name)
print(pkgutil.get_data("json", "__init__.py")[:3], pkgutil.resolve_name("json.decoder:JSONDecoder").__name__)
