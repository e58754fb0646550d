"""A minimal _warnings: warn and warn_explicit forward to the warnings module (whose pure-Python machinery is
used, since the filter state names are not provided here)."""


def warn(message, category=None, stacklevel=1, source=None):
    import warnings
    return warnings.warn(message, category, stacklevel + 1, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    import warnings
    return warnings.warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)
