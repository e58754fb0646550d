/**
 * What transformed code calls besides {@link org.stmj.core.Barriers}: the boundary, atomic-method and atomic-block
 * protocol ({@link org.stmj.transform.runtime.Rt}), the bootstrap methods of the constants and call sites the
 * transformer emits ({@link org.stmj.transform.runtime.Bootstraps}), and transactional versions of the JDK's array
 * helpers ({@link org.stmj.transform.runtime.TxArrays}). Together with stm-core and atomic-api this package is the
 * runtime a translated program needs; it has no dependency on ASM.
 */
package org.stmj.transform.runtime;
