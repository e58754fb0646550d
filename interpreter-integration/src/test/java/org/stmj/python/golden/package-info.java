/**
 * Golden-output tests of the Python interpreter: small CPython 3.11 programs under
 * {@code src/test/resources/golden}, each with the stdout, last stderr line and exit code that CPython
 * produced, run by {@link org.stmj.python.golden.GoldenSuite} in one mode per subclass.
 */
package org.stmj.python.golden;
