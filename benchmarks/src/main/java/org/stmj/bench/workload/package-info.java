/**
 * The benchmark workloads, each written once per implementation behind one small interface, so that every
 * STM and every lock baseline runs the same operations in the same shape: {@link org.stmj.bench.workload.Counter}
 * (tiny increment), {@link org.stmj.bench.workload.Cells} (16 reads + 1 write, 16 reads read-only),
 * {@link org.stmj.bench.workload.Bank} (transfers between accounts) and {@link org.stmj.bench.workload.IntSet}
 * (a sorted linked-list set). {@link org.stmj.bench.workload.Workloads#named} picks an implementation.
 */
package org.stmj.bench.workload;
