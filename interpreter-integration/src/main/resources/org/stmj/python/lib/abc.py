"""Abstract Base Classes."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


class ABCMeta(type):
    def register(cls, subclass):
        if '_abc_registry_list' not in cls.__dict__:
            cls._abc_registry_list = []
        cls._abc_registry_list.append(subclass)
        return subclass


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
