package org.stmj.core;

/** Reads the engine's system properties once, rejecting bad values with a one-line message. */
final class Config {
    private Config() {
    }

    /** {@code stmj.chaos}: the fraction of attempts chaos mode aborts, in [0, 1]; 0 when unset or empty. */
    static double chaos() {
        String s = System.getProperty("stmj.chaos", "").trim();
        if (s.isEmpty()) {
            return 0;
        }
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stmj: -Dstmj.chaos must be a number in [0, 1], got '" + s + "'");
        }
        if (!(d >= 0 && d <= 1)) {
            throw new IllegalArgumentException("stmj: -Dstmj.chaos must be a number in [0, 1], got '" + s + "'");
        }
        return d;
    }

    static int intProperty(String name, int dflt, int min, int max) {
        String s = System.getProperty(name, "").trim();
        if (s.isEmpty()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("stmj: -D" + name + " must be an integer in [" + min + ", " + max
                + "], got '" + s + "'");
    }
}
