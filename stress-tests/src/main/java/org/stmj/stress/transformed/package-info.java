/**
 * jcstress tests of code produced by the transformer: plain Java fixtures from {@code fixture}, loaded once per
 * JVM through {@link org.stmj.stress.transformed.Transformed}'s child-first loader that runs
 * {@code org.stmj.transform.Transformer} on their class files, checked for lost updates on a field and on an
 * array element, and for opacity across two fields.
 */
package org.stmj.stress.transformed;
