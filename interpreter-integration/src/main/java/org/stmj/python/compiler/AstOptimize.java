package org.stmj.python.compiler;

import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyStr;

/**
 * compile()'s {@code optimize} levels on a parsed tree, as CPython's: at 1 and above {@code assert} statements are
 * dropped and {@code __debug__} is the constant False; at 2 docstrings are dropped too. A dropped statement becomes
 * {@code pass} (a block never becomes empty, and the string after a dropped docstring does not become one).
 */
final class AstOptimize {
    private AstOptimize() {
    }

    static void apply(Node root, int level) {
        if (level >= 1 && root != null) {
            walk(root, level);
        }
    }

    private static Node walk(Node n, int level) {
        if (n == null) {
            return null;
        }
        if (n.kind == Node.NAME && "__debug__".equals(n.s)) {
            Node c = new Node(Node.CONST, n.line, n.col);
            c.endLine = n.endLine;
            c.endCol = n.endCol;
            c.v = Py.False;
            return c;
        }
        if (n.kind == Node.ASSERT) {
            return pass(n);
        }
        if (level >= 2 && (n.kind == Node.MODULE || n.kind == Node.FUNCDEF || n.kind == Node.CLASSDEF)) {
            Node[] b = n.list;
            if (b != null && b.length > 0 && b[0].kind == Node.EXPR && b[0].a.kind == Node.CONST
                    && b[0].a.v instanceof PyStr) {
                b[0] = pass(b[0]);
            }
        }
        n.a = walk(n.a, level);
        n.b = walk(n.b, level);
        n.c = walk(n.c, level);
        n.args = walk(n.args, level);
        for (Node[] l : new Node[][] {n.list, n.list2, n.list3, n.list4}) {
            if (l != null) {
                for (int i = 0; i < l.length; i++) {
                    l[i] = walk(l[i], level);
                }
            }
        }
        return n;
    }

    private static Node pass(Node n) {
        Node p = new Node(Node.PASS, n.line, n.col);
        p.endLine = n.endLine;
        p.endCol = n.endCol;
        return p;
    }
}
