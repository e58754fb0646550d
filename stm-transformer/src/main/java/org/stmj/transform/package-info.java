/**
 * The STM transformation of whole programs: {@link org.stmj.transform.Transformer} rewrites one class file
 * (a chain of tree passes, one concern each, described in {@code papers/design/transformer.md}), driven by a
 * {@link org.stmj.transform.Config}. The agent ({@code org.stmj.transform.agent}) and the offline translator
 * ({@code org.stmj.transform.cli}) are its two front ends; {@code org.stmj.transform.runtime} is what
 * transformed code calls at run time.
 */
package org.stmj.transform;
