"""configparser as applications use it: defaults, interpolation (basic and extended), typed getters with
fallbacks, converters, section proxies, writing back to a StringIO, and the errors users hit."""
import configparser
import io

TEXT = """
[DEFAULT]
base = /srv/app
debug = no

[server]
host = 127.0.0.1
port = 8080
root = %(base)s/www
timeout = 2.5
Mixed_Case = yes

[database]
url = postgres://%(user)s@db/%(name)s
user = admin
name = main
pool = 5
; a comment
# another
tags = a, b,
  c
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(cp.defaults())
print("server" in cp, "nope" in cp, cp.has_option("server", "base"))
s = cp["server"]
print(s["root"], s.getint("port"), s.getfloat("timeout"), s.getboolean("debug"))
print(cp.getboolean("server", "mixed_case"), cp.get("server", "missing", fallback="dflt"))
print(cp.get("server", "root", raw=True), cp.get("server", "root", vars={"base": "/alt"}))
print(cp["database"]["url"], repr(cp["database"]["tags"]))
print(sorted(cp.options("database")))
print(list(cp["database"].keys()))
print(cp.items("server", raw=True)[:3])

for sec, key in [("server", "nothere"), ("nosec", "x"), ("server", "host")]:
    try:
        print(cp.getint(sec, key))
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, "-", e)

bad = configparser.ConfigParser()
for text in ["[a]\nx=1\n[a]\ny=2\n", "no section header\n", "[s]\nk=%(missing)s\n", "[s]\nk = 1\nk = 2\n"]:
    try:
        bad = configparser.ConfigParser()
        bad.read_string(text)
        print(dict(bad["s"]))
    except configparser.Error as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation(),
                                converters={"list": lambda v: [x.strip() for x in v.split(",") if x.strip()]})
ext.read_dict({"paths": {"home": "/home/u", "cache": "${home}/.cache"},
               "app": {"log": "${paths:cache}/app.log", "names": "x, y ,z", "n": "3"}})
print(ext["app"]["log"], ext.getlist("app", "names"), ext["app"].getlist("names"))
ext.set("app", "n", "4")
ext.remove_option("paths", "cache")
try:
    print(ext["app"]["log"])
except configparser.InterpolationError as e:
    print(type(e).__name__)
ext.add_section("extra")
ext["extra"]["flag"] = "on"
try:
    ext.set("extra", "num", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    ext.add_section("extra")
except configparser.DuplicateSectionError as e:
    print(e)
buf = io.StringIO()
ext.write(buf)
print(buf.getvalue())

raw = configparser.RawConfigParser(allow_no_value=True, delimiters=(":",), comment_prefixes=("//",))
raw.optionxform = str
raw.read_string("[Flags]\nVerbose\nLevel: %(x)s\n// comment\nKey: v1: v2\n")
print(dict(raw["Flags"]))
print(raw.getboolean("Flags", "Verbose", fallback=None) if raw.get("Flags", "Verbose") else "no value")
print(configparser.ConfigParser.BOOLEAN_STATES["on"], sorted(configparser.ConfigParser.BOOLEAN_STATES)[:4])
