package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ControlFlowErrorTest {
    @Test
    void whenThrown_thenItIsTheSingleStacklessInstance() {
        ControlFlowError e = ControlFlowError.INSTANCE;
        assertEquals(0, e.getStackTrace().length);
        e.addSuppressed(new RuntimeException());
        assertEquals(0, e.getSuppressed().length);
        assertNull(e.getCause());
    }

    @Test
    void whenRetryIsCalledOutsideATransaction_thenAClearIllegalState() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Stm::retry);
        assertEquals("stmj: retry() called outside a transaction", e.getMessage());
    }

    @Test
    void whenAnAbortedAttemptMeetsABarrier_thenTheSingleInstanceIsThrownAgain() {
        ControlFlowError[] seen = new ControlFlowError[1];
        Stm.atomicRun(() -> {
            if (seen[0] == null) {
                Txn tx = Barriers.current();
                tx.status = Txn.ACTIVE;
                try {
                    tx.checkInterrupts();
                    tx.status = Txn.ABORTED;
                    tx.checkInterrupts();
                } catch (ControlFlowError e) {
                    seen[0] = e;
                    throw e;
                }
            }
        });
        assertSame(ControlFlowError.INSTANCE, seen[0]);
    }
}
