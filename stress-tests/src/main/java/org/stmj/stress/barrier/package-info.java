/**
 * jcstress tests of {@code org.stmj.core.Barriers} called directly, as transformed code calls them: lost update
 * on a field guarded by the object's own lock word, on a field guarded by the striped lock table, and on an array
 * element.
 */
package org.stmj.stress.barrier;
