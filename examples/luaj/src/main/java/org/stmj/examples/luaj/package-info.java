/**
 * A driver that runs Lua scripts (LuaJ 3.0.1) on Java threads sharing one Lua table; with the stmj transformer and
 * {@code examples/luaj/stm.properties} every Lua instruction is atomic, without a line of LuaJ changed.
 */
package org.stmj.examples.luaj;
