import builtins
builtins.fresh_runs = getattr(builtins, "fresh_runs", 0) + 1
