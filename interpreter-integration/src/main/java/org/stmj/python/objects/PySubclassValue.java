package org.stmj.python.objects;

/**
 * Instances of heap subclasses of int, str, float, complex, bytes and bytearray: the value plus the class and an
 * attribute dict.
 */
final class PySubclassValue {
    private PySubclassValue() {
    }

    static final class IntSub extends PyInt {
        final PyType type;
        PyDict attrs;

        IntSub(PyType type, PyInt v) {
            super(v.big == null ? java.math.BigInteger.valueOf(v.v) : v.big);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict attrs() {
            if (attrs == null) {
                attrs = PyDict.instanceDict(type());
            }
            return attrs;
        }
    }

    static final class StrSub extends PyStr {
        final PyType type;
        PyDict attrs;

        StrSub(PyType type, String v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict attrs() {
            if (attrs == null) {
                attrs = PyDict.instanceDict(type());
            }
            return attrs;
        }
    }

    static final class FloatSub extends PyFloat {
        final PyType type;
        PyDict attrs;

        FloatSub(PyType type, double v) {
            super(v);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict attrs() {
            if (attrs == null) {
                attrs = PyDict.instanceDict(type());
            }
            return attrs;
        }
    }

    static final class ComplexSub extends PyComplex {
        final PyType type;
        PyDict attrs;

        ComplexSub(PyType type, PyComplex v) {
            super(v.re, v.im);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict attrs() {
            if (attrs == null) {
                attrs = PyDict.instanceDict(type());
            }
            return attrs;
        }
    }

    /** A subclass of bytes (immutable) or bytearray (mutable): the class's own storage, copied from the value. */
    static final class BytesSub extends PyBytes {
        final PyType type;
        PyDict attrs;

        BytesSub(PyType type, byte[] data, boolean mutable) {
            super(data, mutable);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict attrs() {
            if (attrs == null) {
                attrs = PyDict.instanceDict(type());
            }
            return attrs;
        }
    }

    static PyObject wrap(PyType cls, PyObject v) {
        if (!cls.heap) {
            return v;
        }
        if (v instanceof PyInt) {
            return new IntSub(cls, (PyInt) v);
        }
        if (v instanceof PyStr) {
            return new StrSub(cls, ((PyStr) v).value());
        }
        if (v instanceof PyFloat) {
            return new FloatSub(cls, ((PyFloat) v).v);
        }
        if (v instanceof PyComplex) {
            return new ComplexSub(cls, (PyComplex) v);
        }
        if (v instanceof PyBytes) {
            return new BytesSub(cls, ((PyBytes) v).bytes(), ((PyBytes) v).mutable);
        }
        return v;
    }
}
