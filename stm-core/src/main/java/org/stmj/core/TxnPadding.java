package org.stmj.core;

/**
 * 128 bytes in front of a {@link Txn}'s own fields (HotSpot lays out a superclass's fields first): a descriptor's
 * hot fields, written at every bytecode boundary ({@code countdown}) and read by every barrier ({@code lockWord},
 * {@code allocWord}), must not share a cache line with an object another thread writes, such as another
 * thread's descriptor allocated next to it (false sharing cost two STM threads on independent work 3x the CPU
 * of one).
 */
abstract class TxnPadding {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}
