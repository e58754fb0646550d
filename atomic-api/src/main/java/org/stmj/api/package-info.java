/**
 * The public API of stmj: what Java programmers write against ({@code Atomic}, {@code TRef}, ...) and the
 * annotations that an interpreter uses to mark its GIL points for the transformer. Nothing in this package
 * exposes the engine's internals; the engine lives in {@code org.stmj.core}.
 */
package org.stmj.api;
