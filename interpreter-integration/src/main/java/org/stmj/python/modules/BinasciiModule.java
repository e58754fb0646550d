package org.stmj.python.modules;

import org.stmj.python.objects.Args;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyType;
import org.stmj.python.objects.ClassCreation;
import org.stmj.python.vm.ThreadState;

/** {@code binascii}: base64 (over java.util.Base64), hex, CRC-32 (java.util.zip.CRC32) and CRC-CCITT. */
final class BinasciiModule {
    private BinasciiModule() {
    }

    static byte[] data(ThreadState ts, PyObject o) {
        if (o instanceof PyStr) {
            String s = ((PyStr) o).value();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) {
                    throw Py.valueError("string argument should contain only ASCII characters");
                }
            }
            return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        return PyBytes.fromObject(ts, o);
    }

    static PyModule make(ThreadState ts0) {
        PyDict d = new PyDict();
        PyModule mod = new PyModule("binascii", d);
        PyType error = ClassCreation.createClass(ts0, "Error", new PyObject[] {Exc.ValueError}, new PyDict(), null);
        error.dict.putStr("__module__", Py.str("binascii"));
        PyType incomplete = ClassCreation.createClass(ts0, "Incomplete", new PyObject[] {Exc.Exception}, new PyDict(),
                null);
        incomplete.dict.putStr("__module__", Py.str("binascii"));
        d.putStr("Error", error);
        d.putStr("Incomplete", incomplete);
        Modules.fn(d, "b2a_base64", (ts, a, kw) -> {
            PyObject[] p = Args.parse("b2a_base64", a, kw, new String[] {"data", "newline"}, 1);
            byte[] enc = java.util.Base64.getEncoder().encode(data(ts, p[0]));
            boolean nl = p[1] == null || Ops.truth(ts, p[1]);
            byte[] out = java.util.Arrays.copyOf(enc, enc.length + (nl ? 1 : 0));
            if (nl) {
                out[enc.length] = '\n';
            }
            return new PyBytes(out, false);
        });
        Modules.fn(d, "a2b_base64", (ts, a, kw) -> {
            PyObject[] p = Args.parse("a2b_base64", a, kw, new String[] {"data", "strict_mode"}, 1);
            return new PyBytes(a2bBase64(data(ts, p[0]), p[1] != null && Ops.truth(ts, p[1]), error), false);
        });
        PyObject hexlify = new org.stmj.python.objects.PyBuiltin("hexlify", (ts, a, kw) -> {
            PyObject[] p = Args.parse("hexlify", a, kw, new String[] {"data", "sep", "bytes_per_sep"}, 1);
            byte[] b = data(ts, p[0]);
            String sep = p[1] == null ? null : p[1] instanceof PyStr ? ((PyStr) p[1]).value()
                    : new String(PyBytes.fromObject(ts, p[1]), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (sep != null && sep.length() != 1) {
                throw Py.valueError("sep must be length 1.");
            }
            long per = p[2] == null ? 1 : Ops.toInt(ts, p[2]).v;
            StringBuilder sb = new StringBuilder();
            int n = b.length;
            long group = Math.abs(per);
            for (int i = 0; i < n; i++) {
                // groups are counted from the right for a positive bytes_per_sep, from the left for a negative one
                if (sep != null && i > 0 && group > 0 && (per > 0 ? (n - i) % group == 0 : i % group == 0)) {
                    sb.append(sep);
                }
                sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
            }
            return new PyBytes(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false);
        });
        d.putStr("hexlify", hexlify);
        d.putStr("b2a_hex", hexlify);
        PyObject unhex = new org.stmj.python.objects.PyBuiltin("unhexlify", (ts, a, kw) -> {
            Args.check("unhexlify", a, kw, 1, 1);
            byte[] b = data(ts, a[0]);
            if (b.length % 2 != 0) {
                throw new PyException(new PyBaseException(error, Py.str("Odd-length string")));
            }
            byte[] out = new byte[b.length / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(b[2 * i], 16), lo = Character.digit(b[2 * i + 1], 16);
                if (hi < 0 || lo < 0) {
                    throw new PyException(new PyBaseException(error, Py.str("Non-hexadecimal digit found")));
                }
                out[i] = (byte) (hi * 16 + lo);
            }
            return new PyBytes(out, false);
        });
        d.putStr("unhexlify", unhex);
        d.putStr("a2b_hex", unhex);
        Modules.fn(d, "crc32", (ts, a, kw) -> {
            Args.check("crc32", a, kw, 1, 2);
            java.util.zip.CRC32 c = new java.util.zip.CRC32();
            long start = a.length > 1 ? Ops.toInt(ts, a[1]).v & 0xffffffffL : 0;
            byte[] b = data(ts, a[0]);
            if (start == 0) {
                c.update(b);
                return Py.newInt(c.getValue());
            }
            long crc = ~start & 0xffffffffL;
            for (byte x : b) {
                crc ^= x & 0xff;
                for (int k = 0; k < 8; k++) {
                    crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
                }
            }
            return Py.newInt(~crc & 0xffffffffL);
        });
        Modules.fn(d, "crc_hqx", (ts, a, kw) -> {
            Args.check("crc_hqx", a, kw, 2, 2);
            int crc = (int) (Ops.toInt(ts, a[1]).v & 0xffff);
            for (byte x : data(ts, a[0])) {
                crc ^= (x & 0xff) << 8;
                for (int k = 0; k < 8; k++) {
                    crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
                }
            }
            return Py.newInt(crc);
        });
        Modules.fn(d, "b2a_uu", (ts, a, kw) -> {
            PyObject[] p = Args.parse("b2a_uu", a, kw, new String[] {"data", "backtick"}, 1);
            byte[] b = data(ts, p[0]);
            boolean bt = p[1] != null && Ops.truth(ts, p[1]);
            if (b.length > 45) {
                throw new PyException(new PyBaseException(error, Py.str("At most 45 bytes at once")));
            }
            StringBuilder sb = new StringBuilder();
            sb.append(bt && b.length == 0 ? '`' : (char) (32 + b.length));
            for (int i = 0; i < b.length; i += 3) {
                int v = (b[i] & 0xff) << 16 | (i + 1 < b.length ? (b[i + 1] & 0xff) << 8 : 0)
                        | (i + 2 < b.length ? b[i + 2] & 0xff : 0);
                for (int k = 18; k >= 0; k -= 6) {
                    int c = (v >> k) & 63;
                    sb.append(bt && c == 0 ? '`' : (char) (32 + c));
                }
            }
            sb.append('\n');
            return new PyBytes(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false);
        });
        Modules.fn(d, "a2b_uu", (ts, a, kw) -> {
            Args.check("a2b_uu", a, kw, 1, 1);
            byte[] b = data(ts, a[0]);
            if (b.length == 0) {
                return new PyBytes(new byte[32], false);
            }
            int n = ((b[0] & 0xff) - 32) & 63;
            byte[] out = new byte[n];
            int o = 0, i = 1;
            while (o < n) {
                int v = 0;
                for (int k = 0; k < 4; k++, i++) {
                    int c = i < b.length ? b[i] & 0xff : ' ';
                    if (c == '\n' || c == '\r') {
                        c = ' ';
                        i = b.length;
                    }
                    if (c < ' ' || c > ' ' + 64) {
                        throw new PyException(new PyBaseException(error, Py.str("Illegal char")));
                    }
                    v = v << 6 | ((c - ' ') & 63);
                }
                for (int k = 16; k >= 0 && o < n; k -= 8) {
                    out[o++] = (byte) (v >> k);
                }
            }
            for (; i < b.length; i++) {
                int c = b[i] & 0xff;
                if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                    throw new PyException(new PyBaseException(error, Py.str("Trailing garbage")));
                }
            }
            return new PyBytes(out, false);
        });
        return mod;
    }

    /**
     * binascii.a2b_base64, as CPython's decoder: in the default mode characters outside the alphabet are skipped and
     * a complete pad sequence ends the input; strict_mode (base64.b64decode's validate) rejects them, with
     * CPython's messages.
     */
    static byte[] a2bBase64(byte[] in, boolean strict, PyType error) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length * 3 / 4 + 3);
        if (strict && in.length > 0 && in[0] == '=') {
            throw new PyException(new PyBaseException(error, Py.str("Leading padding not allowed")));
        }
        int quad = 0, left = 0, pads = 0, produced = 0;
        boolean padding = false;
        for (int i = 0; i < in.length; i++) {
            int ch = in[i] & 0xff;
            if (ch == '=') {
                padding = true;
                if (strict && quad == 0) {
                    throw new PyException(new PyBaseException(error, Py.str("Excess padding not allowed")));
                }
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < in.length) {
                        throw new PyException(new PyBaseException(error, Py.str("Excess data after padding")));
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = ch >= 'A' && ch <= 'Z' ? ch - 'A' : ch >= 'a' && ch <= 'z' ? ch - 'a' + 26
                    : ch >= '0' && ch <= '9' ? ch - '0' + 52 : ch == '+' ? 62 : ch == '/' ? 63 : 64;
            if (v >= 64) {
                if (strict) {
                    throw new PyException(new PyBaseException(error, Py.str("Only base64 data is allowed")));
                }
                continue;
            }
            if (strict && padding) {
                throw new PyException(new PyBaseException(error, Py.str("Discontinuous padding not allowed")));
            }
            pads = 0;
            switch (quad) {
                case 0: quad = 1; left = v; break;
                case 1: quad = 2; out.write((left << 2) | (v >> 4)); left = v & 0x0f; produced++; break;
                case 2: quad = 3; out.write((left << 4) | (v >> 2)); left = v & 0x03; produced++; break;
                default: quad = 0; out.write((left << 6) | v); left = 0; produced++; break;
            }
        }
        if (quad == 1) {
            throw new PyException(new PyBaseException(error, Py.str("Invalid base64-encoded string: number of data "
                    + "characters (" + (produced / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4")));
        }
        if (quad != 0) {
            throw new PyException(new PyBaseException(error, Py.str("Incorrect padding")));
        }
        return out.toByteArray();
    }
}
