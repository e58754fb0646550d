# Reading and writing an INI configuration with configparser; interpolation, types, fallbacks, sections.
import configparser
import io

INI = """
[DEFAULT]
base_dir = /srv/app
debug = no
timeout = 30

[database]
host = db.local
port = 5432
user = app
url = postgres://%(user)s@%(host)s:%(port)s/main
; a comment
pool_size = 10

[paths]
logs = %(base_dir)s/logs
cache = %(base_dir)s/cache
ratio = 0.75

[features]
new_ui = yes
beta = off
names = alpha, beta,
    gamma
"""

cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults()["timeout"], "database" in cp, cp.has_option("paths", "debug"))
for sec in cp.sections():
    print(f"[{sec}]")
    for k, v in cp.items(sec):
        print(f"  {k} = {v!r}")
db = cp["database"]
print(db.getint("port"), db.getint("pool_size") * 2, db.getboolean("debug"), db.get("url"), db.get("missing", "fb"))
print(cp.getfloat("paths", "ratio"), cp.getboolean("features", "new_ui"), cp.getboolean("features", "beta"))
print(cp.get("database", "url", raw=True), cp.get("paths", "logs", vars={"base_dir": "/tmp"}))
print([n.strip() for n in cp["features"]["names"].replace("\n", " ").split(",") if n.strip()])
try:
    cp.getint("database", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    cp.get("nope", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    cp.get("database", "nope")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)

cp.set("database", "port", "6543")
cp["cache"] = {"size": "128", "policy": "lru"}
cp.remove_option("features", "beta")
out = io.StringIO()
cp.write(out)
text = out.getvalue()
print(text)
again = configparser.ConfigParser()
again.read_string(text)
print(again["database"]["url"], again["cache"]["policy"], len(again.sections()))

raw = configparser.RawConfigParser()
raw.read_string("[s]\nx = 100%%\ny = %(x)s\n")
print(raw.get("s", "x"), raw.get("s", "y"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nroot = /r\n[b]\npath = ${a:root}/sub\nself = ${path}/x\n")
print(ext["b"]["path"], ext["b"]["self"])
bad = configparser.ConfigParser()
try:
    bad.read_string("[s]\na = 1\na = 2\n")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError:", e)
try:
    bad2 = configparser.ConfigParser()
    bad2.read_string("[s]\nv = %(nope)s\n")
    bad2.get("s", "v")
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError:", str(e).splitlines()[0])
cs = configparser.ConfigParser(allow_no_value=True, delimiters=(":",), comment_prefixes=("#",))
cs.optionxform = str
cs.read_string("[Flags]\nVerbose\nLevel: 3\n# note\n")
print(dict(cs["Flags"]), list(cs["Flags"].keys()))
