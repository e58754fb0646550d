package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * An immutable str. Indexing is by UTF-16 unit (code points outside the BMP count as two). The hash is Java's
 * {@code String.hashCode}, cached inside String itself: a write-once cache whose racing writers store the same value.
 */
public class PyStr extends PyObject {
    public final String value;

    PyStr(String value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return Builtins.STR;
    }

    @Override
    public String str(ThreadState ts) {
        return value;
    }

    @Override
    public String repr(ThreadState ts) {
        return repr(value);
    }

    public static String repr(String s) {
        char q = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else if (c >= 0x80 && c < 0xa0) sb.append(String.format("\\x%02x", (int) c));
            else if (Character.isSurrogate(c) || !Character.isDefined(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    || (Character.isSpaceChar(c) && c != ' ')) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(c).append(s.charAt(++i));
                } else sb.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else sb.append(c);
        }
        return sb.append(q).toString();
    }

    @Override
    public long hash(ThreadState ts) {
        return value.hashCode();
    }

    @Override
    public int len(ThreadState ts) {
        return value.length();
    }

    @Override
    public boolean truth(ThreadState ts) {
        return !value.isEmpty();
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (!(o instanceof PyStr)) return null;
        String b = ((PyStr) o).value;
        if (op == Ops.EQ) return Py.bool(value.equals(b));
        if (op == Ops.NE) return Py.bool(!value.equals(b));
        return Py.bool(Ops.cmpResult(value.compareTo(b), op));
    }

    @Override
    public PyObject getitem(ThreadState ts, PyObject key) {
        if (key instanceof PySlice) {
            int[] r = ((PySlice) key).indices(ts, value.length());
            if (r[2] == 1) return Py.str(r[0] < r[1] ? value.substring(r[0], r[1]) : "");
            StringBuilder sb = new StringBuilder();
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) sb.append(value.charAt(j));
            return Py.str(sb.toString());
        }
        int i = Ops.index(ts, key, value.length(), "string");
        return Py.chr(value.charAt(i));
    }

    @Override
    public boolean contains(ThreadState ts, PyObject v) {
        if (!(v instanceof PyStr))
            throw Py.typeError("'in <string>' requires string as left operand, not " + v.type().name);
        return value.contains(((PyStr) v).value);
    }

    @Override
    public PyObject iter(ThreadState ts) {
        return new PySeqIter(this, value.length());
    }
}
