/**
 * The object space: one Java class per built-in type, the interpreter's own hash tables for dict and set (no
 * java.util collection is reachable from a Python object), and {@link org.stmj.python.objects.Ops}, the data-model
 * layer (arithmetic, comparison, attribute lookup with descriptors, iteration, calls) the loop delegates to.
 */
package org.stmj.python.objects;
