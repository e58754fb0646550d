/**
 * jcstress tests of stmj: {@code api} holds one test per transactional property, written against the Java API
 * ({@code org.stmj.api}); {@code barrier} holds the same properties for the barriers that transformed code calls
 * ({@code org.stmj.core.Barriers}). Run them with {@code java -jar stress-tests/target/jcstress.jar}; see
 * {@code papers/design/stress.md}.
 */
package org.stmj.stress;
