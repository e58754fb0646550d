package org.stmj.bench.workload;

/** The sorted linked list with plain fields that both lock baselines wrap in their lock. */
abstract class PlainListSet implements IntSet {
    private static final class Node {
        final int key;
        Node next;

        Node(int key, Node next) {
            this.key = key;
            this.next = next;
        }
    }

    private final Node head = new Node(Integer.MIN_VALUE, new Node(Integer.MAX_VALUE, null));

    final boolean doAdd(int key) {
        Node pred = head;
        Node curr = pred.next;
        while (curr.key < key) {
            pred = curr;
            curr = curr.next;
        }
        if (curr.key == key) {
            return false;
        }
        pred.next = new Node(key, curr);
        return true;
    }

    final boolean doRemove(int key) {
        Node pred = head;
        Node curr = pred.next;
        while (curr.key < key) {
            pred = curr;
            curr = curr.next;
        }
        if (curr.key != key) {
            return false;
        }
        pred.next = curr.next;
        return true;
    }

    final boolean doContains(int key) {
        Node curr = head.next;
        while (curr.key < key) {
            curr = curr.next;
        }
        return curr.key == key;
    }

    final int[] doToArray() {
        int n = 0;
        for (Node c = head.next; c.key != Integer.MAX_VALUE; c = c.next) {
            n++;
        }
        int[] keys = new int[n];
        int i = 0;
        for (Node c = head.next; c.key != Integer.MAX_VALUE; c = c.next) {
            keys[i++] = c.key;
        }
        return keys;
    }
}
