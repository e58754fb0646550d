package org.stmj.transform.bench;

import org.stmj.core.Barriers;
import org.stmj.core.Txn;

/**
 * The alternative to twins, written out by hand for the measurement: one instrumented body per method that looks
 * the transaction up at entry ({@code Barriers.current()}, a ThreadLocal) and tests it at every access.
 */
final class WorkloadThreadLocal {
    static final class Node {
        static final long VALUE = Barriers.fieldOffset(Node.class, "value");
        static final long NEXT = Barriers.fieldOffset(Node.class, "next");
        int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }

        int value() {
            Txn tx = Barriers.current();
            return tx == null ? value : Barriers.readIntStriped(this, VALUE, tx);
        }

        Node next() {
            Txn tx = Barriers.current();
            return tx == null ? next : (Node) Barriers.readRefStriped(this, NEXT, tx);
        }
    }

    private static final long HEAD = Barriers.fieldOffset(WorkloadThreadLocal.class, "head");
    private Node head;
    private final int[] counts = new int[64];

    WorkloadThreadLocal(int n) {
        for (int i = 0; i < n; i++) {
            head = new Node(i, head);
        }
    }

    long step() {
        Txn tx = Barriers.current();
        long s = 0;
        for (Node c = tx == null ? head : (Node) Barriers.readRefStriped(this, HEAD, tx); c != null; c = c.next()) {
            int v = c.value();
            s += v;
            if (tx == null) {
                counts[v & 63]++;
            } else {
                Barriers.writeIntArray(counts, v & 63, Barriers.readIntArray(counts, v & 63, tx) + 1, tx);
            }
        }
        return s;
    }
}
