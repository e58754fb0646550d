package org.stmj.python.objects;

/**
 * The Java carrier of a raised Python exception. It has no Java stack trace (raising is a normal Python event);
 * the Python traceback lives in the {@link PyBaseException} it carries.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final PyBaseException exc;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        return exc.type().name + ": " + exc.args;
    }
}
