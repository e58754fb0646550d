package org.stmj.python.vm;

/**
 * The order in which a file's flushed chunks reach its stream. A flush takes the buffer and draws the next ticket
 * together, under the GIL or in the transaction that takes the buffer (so tickets follow the order the chunks were
 * taken in, and a rolled-back flush draws its ticket again), then writes with the GIL released, where another
 * thread may take and write the next chunk meanwhile: each writer first waits for its turn. Used only outside
 * transactions (inside the GIL-released call), as a plain Java monitor.
 */
final class WriteOrder {
    /** The ticket whose chunk is written next; guarded by this. */
    private long turn;

    /**
     * Waits until the chunk with {@code ticket} may be written; not interruptible (a ticket left unwritten would
     * block every later one), the interrupt is kept for the caller.
     */
    synchronized void await(long ticket) {
        boolean interrupted = false;
        while (turn != ticket) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The chunk with the current ticket was written (or failed): the next one may go. */
    synchronized void done() {
        turn++;
        notifyAll();
    }
}
