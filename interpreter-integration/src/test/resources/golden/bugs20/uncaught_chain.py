# A config loader that fails: the uncaught, chained traceback goes to stderr and the exit code is 1.
import sys

class ConfigError(Exception):
    pass

DEFAULTS = {"port": "8080", "host": "localhost", "workers": "four"}

def convert(key, value):
    if key in ("port", "workers"):
        return int(value)
    return value

def load(cfg):
    out = {}
    for k in sorted(cfg):
        try:
            out[k] = convert(k, cfg[k])
        except ValueError as e:
            err = ConfigError(f"bad value for {k}: {cfg[k]!r}")
            err.add_note(f"hint: {k} must be an integer")
            raise err from e
        print("loaded", k, "=", out[k])
    return out

print("starting")
sys.stdout.flush()
config = load(DEFAULTS)
print("never printed")
