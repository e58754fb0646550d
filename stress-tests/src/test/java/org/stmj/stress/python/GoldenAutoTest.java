package org.stmj.stress.python;

/**
 * The golden programs in auto mode ({@code bin/stmpy --auto}): GIL execution while one thread runs bytecode,
 * transactions from the moment a second one wants to, back to the GIL when a thread is alone again (the phase
 * lock of {@code org.stmj.transform.runtime.Rt}). Every program must print what CPython prints, as in the other
 * modes; the build runs this suite with and without chaos aborts too.
 */
class GoldenAutoTest extends GoldenStmTest {
    @Override
    String mode() {
        return "auto";
    }
}
