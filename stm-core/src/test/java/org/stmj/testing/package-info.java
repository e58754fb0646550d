/** Test helpers shared by the modules' test suites (the stm-core test-jar). */
package org.stmj.testing;
