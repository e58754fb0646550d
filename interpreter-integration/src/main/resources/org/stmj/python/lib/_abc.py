"""The ABC machinery behind CPython's abc.py (its C-accelerated branch): registration, subclass and instance
checks with positive and negative caches. Registries hold classes strongly (stmj has no weak references)."""

_invalidation_counter = 0


class _Impl:
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version', 'subclasses')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter
        self.subclasses = []


def get_cache_token():
    return _invalidation_counter


def _impl(cls):
    impl = cls.__dict__.get('_abc_impl')
    if impl is None:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _abc_init(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_impl = _Impl()
    for base in cls.__mro__[1:]:
        bi = base.__dict__.get('_abc_impl')
        if bi is not None:
            bi.subclasses.append(cls)


def _abc_register(cls, subclass):
    global _invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _impl(cls).registry.add(subclass)
    _invalidation_counter += 1
    return subclass


def _abc_instancecheck(cls, instance):
    impl = _impl(cls)
    subclass = getattr(instance, '__class__', None)
    if subclass is not None and subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass or subclass is None:
        if impl.negative_version == _invalidation_counter and subtype in impl.negative_cache:
            return False
        return cls.__subclasscheck__(subtype)
    return any(cls.__subclasscheck__(c) for c in (subclass, subtype))


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    impl = _impl(cls)
    if subclass in impl.cache:
        return True
    if impl.negative_version < _invalidation_counter:
        impl.negative_cache = set()
        impl.negative_version = _invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        if ok:
            impl.cache.add(subclass)
        else:
            impl.negative_cache.add(subclass)
        return ok
    if cls in getattr(subclass, '__mro__', ()):
        impl.cache.add(subclass)
        return True
    for rcls in impl.registry:
        if issubclass(subclass, rcls):
            impl.cache.add(subclass)
            return True
    subs = list(impl.subclasses)
    try:
        for s in type.__subclasses__(cls):
            if s not in subs:
                subs.append(s)
    except Exception:
        pass
    for scls in subs:
        if issubclass(subclass, scls):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def _get_dump(cls):
    impl = _impl(cls)
    return (set(impl.registry), set(impl.cache), set(impl.negative_cache), impl.negative_version)


def _reset_registry(cls):
    _impl(cls).registry.clear()


def _reset_caches(cls):
    impl = _impl(cls)
    impl.cache.clear()
    impl.negative_cache.clear()
