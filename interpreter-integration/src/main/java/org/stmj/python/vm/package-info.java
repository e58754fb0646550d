/**
 * The virtual machine: heap frames, the thread state, the single dispatch loop ({@link org.stmj.python.vm.Interp})
 * that switches frames for Python calls, instantiation and generators, and the GIL class whose methods carry the
 * {@code @BytecodeBoundary}, {@code @GilReleased} and {@code @AtomicBlock} marks the STM transformer keys on.
 */
package org.stmj.python.vm;
