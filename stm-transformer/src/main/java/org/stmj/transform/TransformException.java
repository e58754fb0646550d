package org.stmj.transform;

/** A class that cannot be transformed correctly; the message is one line naming the class and the reason. */
public final class TransformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refusal with a one-line reason. */
    public TransformException(String message) {
        super(message, null, false, false);
    }
}
