"""Future statement definitions (all features are already enabled)."""
all_feature_names = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                     "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]
__all__ = ["all_feature_names"] + all_feature_names


class _Feature:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "_Feature(%r)" % self.name


nested_scopes = _Feature("nested_scopes")
generators = _Feature("generators")
division = _Feature("division")
absolute_import = _Feature("absolute_import")
with_statement = _Feature("with_statement")
print_function = _Feature("print_function")
unicode_literals = _Feature("unicode_literals")
barry_as_FLUFL = _Feature("barry_as_FLUFL")
generator_stop = _Feature("generator_stop")
annotations = _Feature("annotations")
