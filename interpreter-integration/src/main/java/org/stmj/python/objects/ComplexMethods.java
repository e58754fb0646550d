package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

/** Methods of complex. */
final class ComplexMethods {
    private ComplexMethods() {
    }

    /** Installs the methods of complex. */
    static void install() {
        addMethod(Builtins.COMPLEX, "conjugate",
                (ts, a, kw) -> new PyComplex(((PyComplex) a[0]).re, -((PyComplex) a[0]).im));
    }
}
