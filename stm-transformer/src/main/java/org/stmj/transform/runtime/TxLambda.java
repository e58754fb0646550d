package org.stmj.transform.runtime;

/**
 * Marks the lambda and method-reference objects that transformed code creates: their implementation is a
 * bridge that itself runs the transactional twin inside a transaction, so calling them from a transaction needs
 * no inevitability.
 */
public interface TxLambda {
}
