/**
 * Built-in modules written in Java (sys, time, math, _random, _thread, _transaction, os); library modules written
 * in Python (threading, queue, collections, itertools, functools, random, ...) are resources under
 * {@code org/stmj/python/lib}.
 */
package org.stmj.python.modules;
