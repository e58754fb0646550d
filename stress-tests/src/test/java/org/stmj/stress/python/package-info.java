/**
 * The Python interpreter's golden programs run in STM mode: the interpreter's classes transformed in-process
 * with the configuration {@code interpreter-integration/stm.properties}, every bytecode a transaction.
 */
package org.stmj.stress.python;
