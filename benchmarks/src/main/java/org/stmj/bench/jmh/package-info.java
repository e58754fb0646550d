/**
 * The JMH benchmarks: one class per workload, parameterised by implementation ({@code impl}, one of
 * {@link org.stmj.bench.workload.Workloads#NAMES}), so that one run puts every implementation side by side.
 * Single-thread workloads report average time (ns/op); the contended ones report throughput (ops/ms) at one and
 * two threads. Build with {@code -Pbench}, run with {@code benchmarks/scripts/run-jmh.sh}.
 */
package org.stmj.bench.jmh;
