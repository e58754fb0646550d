/**
 * jcstress tests of the Java API, one class per property: lost update ({@code TLong}, {@code TRef}), write skew,
 * opacity, exclusivity of inevitable transactions, and wake-up from {@code retry}.
 */
package org.stmj.stress.api;
