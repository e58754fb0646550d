/**
 * Built-in modules written in Java (sys, time, math, _random, _thread, _queue, _heapq, _bisect, _transaction, os);
 * library modules written in Python (transaction, itertools, random, _collections, ...) are resources under
 * {@code org/stmj/python/lib}.
 */
package org.stmj.python.modules;
