/** Engine benchmarks timed in thread CPU time, for machines too loaded for wall-clock JMH numbers. */
package org.stmj.bench.cpu;
