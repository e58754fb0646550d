package org.stmj.core;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The thread-id-indexed descriptor lookup never hands a thread another thread's descriptor. */
class DescriptorLookupTest {

    @Test
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
    void whenTwoLiveThreadsShareAnIndex_thenEachGetsItsOwnDescriptor() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Txn> first = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread a = new Thread(() -> {
            Stm.atomicRun(() -> first.set(Txn.current()));
            try {
                release.await();
                Stm.atomicRun(() -> {
                    if (Txn.current() != first.get() || Txn.current().thread != Thread.currentThread()) {
                        failure.set(new AssertionError("thread a got another descriptor"));
                    }
                });
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        a.start();
        while (first.get() == null) {
            Thread.onSpinWait();
        }
        // thread ids are handed out in order: one of the next 4096 threads has a's index in the table
        AtomicReference<Txn> second = new AtomicReference<>();
        Thread colliding = collidingThread(a, () -> Stm.atomicRun(() -> second.set(Txn.current())));
        colliding.start();
        colliding.join();
        release.countDown();
        a.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertNotSame(first.get(), second.get());
        assertSame(colliding, second.get().thread);
        assertSame(a, first.get().thread);
    }

    @SuppressWarnings("deprecation")
    private static Thread collidingThread(Thread a, Runnable body) {
        for (int i = 0; i < 8192; i++) {
            Thread t = new Thread(body);
            if (((t.getId() ^ a.getId()) & 4095) == 0) {
                return t;
            }
        }
        throw new AssertionError("no thread id collided in 8192 tries");
    }
}
