package org.stmj.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The properties unicodedata derives from what the JDK exposes (combining class, one-step decomposition, names). */
class UnicodedataModuleTest {
    @Test
    void whenCombiningClassDerivedByReordering_thenItMatchesUnicodeData() {
        int[][] known = {{'a', 0}, {0x0301, 230}, {0x0316, 220}, {0x0327, 202}, {0x0334, 1}, {0x05B0, 10},
            {0x0651, 33}, {0x093C, 7}, {0x094D, 9}, {0x0E38, 103}, {0x3099, 8}, {0x0345, 240}, {0x20D0, 230},
            {0x0903, 0}};
        for (int[] k : known) {
            assertEquals(k[1], UnicodedataModule.combining(k[0]), Integer.toHexString(k[0]));
        }
    }

    @Test
    void whenDecompositionIsOneStep_thenNestedAndSingletonMappingsAreNotFlattened() {
        assertEquals("00DC 0304", UnicodedataModule.decomposition(0x01D5));
        assertEquals("03A9", UnicodedataModule.decomposition(0x2126));
        assertEquals("00C5", UnicodedataModule.decomposition(0x212B));
        assertEquals("<super> 0032", UnicodedataModule.decomposition(0x00B2));
        assertEquals("<fraction> 0031 2044 0032", UnicodedataModule.decomposition(0x00BD));
        assertEquals("", UnicodedataModule.decomposition(0xAC00));
    }

    @Test
    void whenNamesAreAlgorithmic_thenTheyRoundTripThroughLookup() {
        for (int c : new int[] {0xAC00, 0xAC01, 0xD7A3, 0x4E00, 0x20000, 'A', 0x20AC}) {
            assertEquals(c, UnicodedataModule.lookup(UnicodedataModule.name(c)), Integer.toHexString(c));
        }
        assertEquals("HANGUL SYLLABLE GAG", UnicodedataModule.name(0xAC01));
        assertEquals(null, UnicodedataModule.name(0));
    }
}
