/**
 * A build-time jar-to-jar pass, independent of the STM transformation: {@link org.stmj.transform.desugar.Desugar}
 * replaces lambda, method-reference and string-concatenation {@code invokedynamic} sites by ordinary classes and
 * methods, so the interpreter's start-up links no method handles. The {@code interpreter-stm} module runs it on
 * the interpreter's jar (the GIL build) and on its STM translation.
 */
package org.stmj.transform.desugar;
