package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PyFloatReprTest {
    @Test
    void whenReprOfFloats_thenShortestRoundTripInCPythonNotation() {
        assertEquals("0.1", PyFloat.repr(0.1));
        assertEquals("1e+16", PyFloat.repr(1e16));
        assertEquals("1234567890123456.0", PyFloat.repr(1234567890123456.0));
        assertEquals("1e-05", PyFloat.repr(1e-5));
        assertEquals("0.0001", PyFloat.repr(1e-4));
        assertEquals("0.30000000000000004", PyFloat.repr(0.1 + 0.2));
        assertEquals("inf", PyFloat.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", PyFloat.repr(Double.NaN));
        assertEquals("-0.0", PyFloat.repr(-0.0));
        assertEquals("1.7976931348623157e+308", PyFloat.repr(Double.MAX_VALUE));
        assertEquals("5e-324", PyFloat.repr(Double.MIN_VALUE));
        assertEquals("2e+23", PyFloat.repr(2e23));
    }

    @Test
    void whenFixedFormatting_thenBinaryValueRoundedHalfEven() {
        assertEquals("2.67", PyFloat.fixed(2.675, 2));
        assertEquals("0.12", PyFloat.fixed(0.125, 2));
        assertEquals("1.000e+10", PyFloat.sci(1e10, 3, false));
        assertEquals("1e+06", PyFloat.general(1e6, 6, false, false));
    }
}
