"""The abstract syntax tree node classes of Python 3.11 (module _ast), built from a table of
(name, base, _fields, _attributes). compile() with PyCF_ONLY_AST builds these trees from the parser's
(compiler/AstToPython) and compiles them back (compiler/AstFromPython). Optional fields (the '?' of the ASDL)
and the end positions read None on the class, as CPython's."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(self._fields), "" if len(self._fields) == 1 else "s"))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in self._fields[:len(args)]:
                raise TypeError("%s got multiple values for argument %r" % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'

_NODES = (
    ('operator', 'AST', (), ()),
    ('Add', 'operator', (), ()),
    ('boolop', 'AST', (), ()),
    ('And', 'boolop', (), ()),
    ('stmt', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('AnnAssign', 'stmt', ('target', 'annotation', 'value', 'simple'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Assert', 'stmt', ('test', 'msg'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Assign', 'stmt', ('targets', 'value', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('AsyncFor', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('AsyncFunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('AsyncWith', 'stmt', ('items', 'body', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('expr', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Await', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('BinOp', 'expr', ('left', 'op', 'right'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('BitAnd', 'operator', (), ()),
    ('BitOr', 'operator', (), ()),
    ('BitXor', 'operator', (), ()),
    ('BoolOp', 'expr', ('op', 'values'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Break', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Call', 'expr', ('func', 'args', 'keywords'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'body', 'decorator_list'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Constant', 'expr', ('value', 'kind'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Continue', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('expr_context', 'AST', (), ()),
    ('Del', 'expr_context', (), ()),
    ('Delete', 'stmt', ('targets',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Dict', 'expr', ('keys', 'values'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('DictComp', 'expr', ('key', 'value', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Div', 'operator', (), ()),
    ('cmpop', 'AST', (), ()),
    ('Eq', 'cmpop', (), ()),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Expr', 'stmt', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('mod', 'AST', (), ()),
    ('Expression', 'mod', ('body',), ()),
    ('FloorDiv', 'operator', (), ()),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('FormattedValue', 'expr', ('value', 'conversion', 'format_spec'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('FunctionType', 'mod', ('argtypes', 'returns'), ()),
    ('GeneratorExp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Global', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Gt', 'cmpop', (), ()),
    ('GtE', 'cmpop', (), ()),
    ('If', 'stmt', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Import', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('In', 'cmpop', (), ()),
    ('Interactive', 'mod', ('body',), ()),
    ('unaryop', 'AST', (), ()),
    ('Invert', 'unaryop', (), ()),
    ('Is', 'cmpop', (), ()),
    ('IsNot', 'cmpop', (), ()),
    ('JoinedStr', 'expr', ('values',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('LShift', 'operator', (), ()),
    ('Lambda', 'expr', ('args', 'body'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('List', 'expr', ('elts', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('ListComp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Load', 'expr_context', (), ()),
    ('Lt', 'cmpop', (), ()),
    ('LtE', 'cmpop', (), ()),
    ('MatMult', 'operator', (), ()),
    ('Match', 'stmt', ('subject', 'cases'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('pattern', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchAs', 'pattern', ('pattern', 'name'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchClass', 'pattern', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchMapping', 'pattern', ('keys', 'patterns', 'rest'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchOr', 'pattern', ('patterns',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchSequence', 'pattern', ('patterns',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchSingleton', 'pattern', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchStar', 'pattern', ('name',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('MatchValue', 'pattern', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Mod', 'operator', (), ()),
    ('Module', 'mod', ('body', 'type_ignores'), ()),
    ('Mult', 'operator', (), ()),
    ('Name', 'expr', ('id', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('NamedExpr', 'expr', ('target', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Nonlocal', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Not', 'unaryop', (), ()),
    ('NotEq', 'cmpop', (), ()),
    ('NotIn', 'cmpop', (), ()),
    ('Or', 'boolop', (), ()),
    ('Pass', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Pow', 'operator', (), ()),
    ('RShift', 'operator', (), ()),
    ('Raise', 'stmt', ('exc', 'cause'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Return', 'stmt', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Set', 'expr', ('elts',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('SetComp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Slice', 'expr', ('lower', 'upper', 'step'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Starred', 'expr', ('value', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Store', 'expr_context', (), ()),
    ('Sub', 'operator', (), ()),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Try', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('TryStar', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Tuple', 'expr', ('elts', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('type_ignore', 'AST', (), ()),
    ('TypeIgnore', 'type_ignore', ('lineno', 'tag'), ()),
    ('UAdd', 'unaryop', (), ()),
    ('USub', 'unaryop', (), ()),
    ('UnaryOp', 'expr', ('op', 'operand'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('While', 'stmt', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('With', 'stmt', ('items', 'body', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('Yield', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('YieldFrom', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('alias', 'AST', ('name', 'asname'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('arg', 'AST', ('arg', 'annotation', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('arguments', 'AST', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'), ()),
    ('comprehension', 'AST', ('target', 'iter', 'ifs', 'is_async'), ()),
    ('keyword', 'AST', ('arg', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')),
    ('match_case', 'AST', ('pattern', 'guard', 'body'), ()),
    ('withitem', 'AST', ('context_expr', 'optional_vars'), ()),
)

# the optional fields of each class ('?' in Python.asdl): None on the class
_OPTIONAL = {
    'FunctionDef': ('returns', 'type_comment'), 'AsyncFunctionDef': ('returns', 'type_comment'),
    'Return': ('value',), 'Assign': ('type_comment',), 'AnnAssign': ('value',), 'For': ('type_comment',),
    'AsyncFor': ('type_comment',), 'With': ('type_comment',), 'AsyncWith': ('type_comment',),
    'Raise': ('exc', 'cause'), 'Assert': ('msg',), 'ImportFrom': ('module', 'level'), 'Yield': ('value',),
    'FormattedValue': ('format_spec',), 'Constant': ('kind',), 'Slice': ('lower', 'upper', 'step'),
    'ExceptHandler': ('type', 'name'), 'arguments': ('vararg', 'kwarg'), 'arg': ('annotation', 'type_comment'),
    'keyword': ('arg',), 'alias': ('asname',), 'withitem': ('optional_vars',), 'match_case': ('guard',),
    'MatchMapping': ('rest',), 'MatchStar': ('name',), 'MatchAs': ('pattern', 'name'),
    'stmt': ('end_lineno', 'end_col_offset'), 'expr': ('end_lineno', 'end_col_offset'),
    'excepthandler': ('end_lineno', 'end_col_offset'), 'pattern': ('end_lineno', 'end_col_offset'),
    'arg': ('annotation', 'type_comment', 'end_lineno', 'end_col_offset'),
    'keyword': ('arg', 'end_lineno', 'end_col_offset'), 'alias': ('asname', 'end_lineno', 'end_col_offset'),
}

for _name, _base, _fields, _attrs in _NODES:
    _ns = {'_fields': _fields, '_attributes': _attrs, '__module__': 'ast', '__match_args__': _fields}
    for _opt in _OPTIONAL.get(_name, ()):
        _ns[_opt] = None
    _cls = type(_name, (globals()[_base],), _ns)
    globals()[_name] = _cls
del _name, _base, _fields, _attrs, _cls, _ns, _opt
