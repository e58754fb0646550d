package org.stmj.transform;

/** A configuration that cannot be used; the message is one line meant for the user. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A configuration error with a one-line reason. */
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
