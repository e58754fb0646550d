package org.stmj.python.objects;

/**
 * The docstrings CPython gives the wrappers of type slots ({@code iter.__next__.__doc__} is "Implement
 * next(self)."), for the methods of built-in types that stand for a slot.
 */
final class SlotDocs {
    private SlotDocs() {
    }

    /** The slot wrapper's docstring for a method of this name, or null when the name is no slot's. */
    static String of(String name) {
        switch (name) {
            case "__next__": return "Implement next(self).";
            case "__iter__": return "Implement iter(self).";
            case "__aiter__": return "Return an awaitable, that resolves in asynchronous iterator.";
            case "__anext__": return "Return a value or raise StopAsyncIteration.";
            case "__await__": return "Return an iterator to be used in await expression.";
            case "__repr__": return "Return repr(self).";
            case "__str__": return "Return str(self).";
            case "__hash__": return "Return hash(self).";
            case "__len__": return "Return len(self).";
            case "__bool__": return "True if self else False";
            case "__call__": return "Call self as a function.";
            case "__getattribute__": return "Return getattr(self, name).";
            case "__setattr__": return "Implement setattr(self, name, value).";
            case "__delattr__": return "Implement delattr(self, name).";
            case "__contains__": return "Return key in self.";
            case "__getitem__": return "Return self[key].";
            case "__setitem__": return "Set self[key] to value.";
            case "__delitem__": return "Delete self[key].";
            case "__eq__": return "Return self==value.";
            case "__ne__": return "Return self!=value.";
            case "__lt__": return "Return self<value.";
            case "__le__": return "Return self<=value.";
            case "__gt__": return "Return self>value.";
            case "__ge__": return "Return self>=value.";
            case "__init__": return "Initialize self.  See help(type(self)) for accurate signature.";
            default: return null;
        }
    }

    /** The text signature CPython gives a slot wrapper of this name ({@code __text_signature__}). */
    static String textSignature(String name) {
        switch (name) {
            case "__abs__": case "__bool__": case "__float__": case "__hash__": case "__index__": case "__int__":
            case "__invert__": case "__iter__": case "__len__": case "__neg__": case "__next__": case "__pos__":
            case "__repr__": case "__str__": case "__await__": case "__aiter__": case "__anext__": case "__del__":
                return "($self, /)";
            case "__call__": case "__init__": return "($self, /, *args, **kwargs)";
            case "__contains__": case "__delitem__": case "__getitem__": return "($self, key, /)";
            case "__setitem__": return "($self, key, value, /)";
            case "__delattr__": case "__getattribute__": case "__getattr__": return "($self, name, /)";
            case "__setattr__": return "($self, name, value, /)";
            case "__get__": return "($self, instance, owner=None, /)";
            case "__set__": return "($self, instance, value, /)";
            case "__delete__": return "($self, instance, /)";
            case "__pow__": case "__rpow__": return "($self, value, mod=None, /)";
            default: return "($self, value, /)";
        }
    }
}
