package org.stmj.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A file's flushed chunks reach the stream in the order their tickets were drawn, whoever writes first. */
class WriteOrderTest {

    @Test
    void whenALaterTicketComesFirst_thenItWaitsForTheEarlierOne() throws Exception {
        WriteOrder order = new WriteOrder();
        List<Long> written = new CopyOnWriteArrayList<>();
        Thread later = new Thread(() -> {
            order.await(1);
            written.add(1L);
            order.done();
        });
        later.start();
        later.join(200);
        assertFalse(written.contains(1L), "ticket 1 was written before ticket 0");
        order.await(0);
        written.add(0L);
        order.done();
        later.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals(List.of(0L, 1L), written);
    }

    @Test
    void whenTheWaiterIsInterrupted_thenItKeepsItsTurnAndTheInterrupt() throws Exception {
        WriteOrder order = new WriteOrder();
        boolean[] interruptedAfter = new boolean[1];
        Thread later = new Thread(() -> {
            order.await(1);
            interruptedAfter[0] = Thread.currentThread().isInterrupted();
            order.done();
        });
        later.start();
        later.interrupt();
        order.await(0);
        order.done();
        later.join(TimeUnit.SECONDS.toMillis(10));
        order.await(2);
        assertEquals(true, interruptedAfter[0]);
    }
}
