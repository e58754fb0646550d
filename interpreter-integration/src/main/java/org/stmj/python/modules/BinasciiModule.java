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
import org.stmj.python.vm.Interp;
import org.stmj.python.vm.ThreadState;

/** {@code binascii}: base64 (over java.util.Base64), hex, CRC-32 (java.util.zip.CRC32) and CRC-CCITT. */
final class BinasciiModule {
    private BinasciiModule() {
    }

    static byte[] data(ThreadState ts, PyObject o) {
        if (o instanceof PyStr) {
            String s = ((PyStr) o).value;
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
        PyType error = Interp.createClass(ts0, "Error", new PyObject[] {Exc.ValueError}, new PyDict(), null);
        error.dict.putStr("__module__", Py.str("binascii"));
        PyType incomplete = Interp.createClass(ts0, "Incomplete", new PyObject[] {Exc.Exception}, new PyDict(), null);
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
            byte[] in = data(ts, p[0]);
            StringBuilder sb = new StringBuilder();
            for (byte b : in) {
                char c = (char) (b & 0xff);
                if (Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/' || c == '=') {
                    sb.append(c);
                }
            }
            String s = sb.toString();
            int eq = s.indexOf('=');
            String body = eq < 0 ? s : s.substring(0, eq);
            if (body.length() % 4 == 1) {
                throw new PyException(new PyBaseException(error,
                        Py.str("Invalid base64-encoded string: number of data characters (" + body.length()
                        + ") cannot be 1 more than a multiple of 4")));
            }
            while (body.length() % 4 != 0) {
                body += "=";
            }
            try {
                return new PyBytes(java.util.Base64.getDecoder().decode(body), false);
            } catch (IllegalArgumentException e) {
                throw new PyException(new PyBaseException(error, Py.str("Incorrect padding")));
            }
        });
        PyObject hexlify = new org.stmj.python.objects.PyBuiltin("hexlify", (ts, a, kw) -> {
            byte[] b = data(ts, a[0]);
            String sep = a.length > 1 ? Ops.str(ts, a[1]) : null;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < b.length; i++) {
                if (sep != null && i > 0) {
                    sb.append(sep);
                }
                sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
            }
            return new PyBytes(sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII), false);
        });
        d.putStr("hexlify", hexlify);
        d.putStr("b2a_hex", hexlify);
        PyObject unhex = new org.stmj.python.objects.PyBuiltin("unhexlify", (ts, a, kw) -> {
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
            int crc = (int) (Ops.toInt(ts, a[1]).v & 0xffff);
            for (byte x : data(ts, a[0])) {
                crc ^= (x & 0xff) << 8;
                for (int k = 0; k < 8; k++) {
                    crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
                }
            }
            return Py.newInt(crc);
        });
        return mod;
    }
}
