/**
 * The Python 3 interpreter's entry points: {@link org.stmj.python.Main} (command line, in-process runs) and the
 * REPL. The interpreter itself is in {@code compiler} (source to bytecode), {@code vm} (the dispatch loop, frames,
 * threads and the GIL), {@code objects} (the object space) and {@code modules} (built-in modules).
 */
package org.stmj.python;
