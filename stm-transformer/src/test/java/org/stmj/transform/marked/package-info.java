/** Test fixtures: classes carrying the STM's method annotations, for the "annotated but not transformed" check. */
package org.stmj.transform.marked;
