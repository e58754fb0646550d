package org.stmj.python.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The append-only char buffer behind strs built by concatenation, so that {@code s += t} in a loop costs
 * amortised O(len(t)) as in CPython (which resizes the string in place when nothing else refers to it), not a copy
 * of {@code s} every time (a loop of 40,000 {@code +=} of short strings took 3 s of CPU instead of 10 ms).
 *
 * <p>A {@link PyStr} made here is the first {@code len} chars of a buffer. Appending to a string that ends where
 * its buffer's claimed part ends claims the next chars with one CAS and writes them; appending to any other string
 * (an older prefix, or one whose buffer is full) copies it into a new buffer with room to grow. Invariant: the
 * chars below {@link #used} never change once claimed, and a string is published only after its chars are written,
 * so every string made here is immutable and reads its prefix without synchronisation (the publication - the GIL,
 * a commit, a final field - orders the writes before any read).
 *
 * <p>Not transformed (stm.properties {@code exclude}; {@link #concat} is {@code pure}): a transaction that aborts
 * after an append leaves its claim, which only makes the next append to the old string copy; the claimed chars
 * are never read by any string the transaction did not make. No rollback is needed and no barrier is taken.
 */
final class StrBuffer {
    /** Results shorter than this many chars are plain strings (a copy costs no more than the buffer's set-up). */
    static final int MIN_CHARS = 512;
    private static final VarHandle USED;

    static {
        try {
            USED = MethodHandles.lookup().findVarHandle(StrBuffer.class, "used", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The chars; [0, used) are claimed and, once their string is published, never written again. */
    private final char[] chars;
    /** How many chars are claimed: only grows, by a CAS from the length of the string appended to. */
    @SuppressWarnings("unused") // through USED
    private volatile int used;

    private StrBuffer(int capacity) {
        chars = new char[capacity];
    }

    /** The first {@code len} chars (claimed and written) as a Java string. */
    String prefix(int len) {
        return new String(chars, 0, len);
    }

    /** The char at {@code i}, below a published string's length. */
    char charAt(int i) {
        return chars[i];
    }

    /**
     * {@code a + b} for two strs: a plain string when short, else a prefix of a buffer, appended in place when
     * {@code a} ends where its buffer's claimed part ends.
     */
    static PyStr concat(PyStr a, PyStr b) {
        int al = a.charLength();
        int bl = b.charLength();
        int n = al + bl;
        if (n < MIN_CHARS || n < 0) {
            return Py.str(a.value().concat(b.value()));
        }
        String bs = b.value();
        StrBuffer buf = a.buffer();
        char last = al == 0 ? 0 : buf != null ? buf.chars[al - 1] : a.value().charAt(al - 1);
        // the code points of the result as Java counts them: a high surrogate at a's end and a low one at b's
        // start make one pair
        int cp = a.cpLen() + b.cpLen()
                - (bl != 0 && Character.isHighSurrogate(last) && Character.isLowSurrogate(bs.charAt(0)) ? 1 : 0);
        if (buf != null && n <= buf.chars.length && USED.compareAndSet(buf, al, n)) {
            bs.getChars(0, bl, buf.chars, al);
            return new PyStr(buf, n, cp);
        }
        int capacity = n + (n >> 1);
        if (capacity < 0) {
            capacity = n;
        }
        StrBuffer nb = new StrBuffer(capacity);
        if (buf != null) {
            System.arraycopy(buf.chars, 0, nb.chars, 0, al);
        } else {
            a.value().getChars(0, al, nb.chars, 0);
        }
        bs.getChars(0, bl, nb.chars, al);
        nb.used = n;
        return new PyStr(nb, n, cp);
    }
}
