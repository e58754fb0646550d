package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConfigTest {
    private static <T> T withProperty(String name, String value, java.util.function.Supplier<T> body) {
        String old = System.getProperty(name);
        System.setProperty(name, value);
        try {
            return body.get();
        } finally {
            if (old == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, old);
            }
        }
    }

    @Test
    void whenChaosIsNotANumber_thenAOneLineError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withProperty("stmj.chaos", "lots", Config::chaos));
        assertEquals("stmj: -Dstmj.chaos must be a number in [0, 1], got 'lots'", e.getMessage());
    }

    @Test
    void whenChaosIsOutOfRange_thenAOneLineError() {
        assertThrows(IllegalArgumentException.class, () -> withProperty("stmj.chaos", "1.5", Config::chaos));
    }

    @Test
    void whenChaosIsAFraction_thenItIsUsed() {
        assertEquals(0.25, withProperty("stmj.chaos", " 0.25 ", Config::chaos));
        assertEquals(0.0, withProperty("stmj.chaos", "", Config::chaos));
    }

    @Test
    void whenAnIntegerTunableIsOutOfRange_thenAOneLineError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withProperty("stmj.test.k", "0", () -> Config.intProperty("stmj.test.k", 8, 1, 100)));
        assertEquals("stmj: -Dstmj.test.k must be an integer in [1, 100], got '0'", e.getMessage());
    }
}
