package org.stmj.python.modules;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyProperty;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code zlib} over {@code java.util.zip} (the JDK bundles zlib itself, so the deflate streams are zlib's): one-shot
 * {@code compress}/{@code decompress}, streaming {@code compressobj}/{@code decompressobj}, {@code crc32} and
 * {@code adler32} with a starting value. The container is chosen by {@code wbits} as in CPython: 9..15 zlib,
 * -9..-15 raw deflate, 25..31 gzip (header and trailer written and checked here, the JDK's Deflater/Inflater
 * only know zlib and raw), 40..47 (decompression only) zlib or gzip by the first byte.
 *
 * <p>STM: a Compress/Decompress object holds a JDK Deflater/Inflater, whose state the transformer cannot version;
 * every call into it makes the running transaction inevitable (the call policy's default), so a stream object is
 * never rolled back half-way. Python-visible attributes ({@code unused_data}, {@code eof}) are plain fields of the
 * object, versioned as any interpreter object.
 */
final class ZlibModule {
    private ZlibModule() {
    }

    static final int MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16384;
    static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5;

    static final PyType COMPRESS = new PyType("Compress", Builtins.OBJECT, false, null);
    static final PyType DECOMPRESS = new PyType("Decompress", Builtins.OBJECT, false, null);

    /** The container format chosen by wbits. */
    enum Wrap { ZLIB, RAW, GZIP, AUTO }

    static Wrap wrap(int wbits, boolean decompress, PyType error) {
        if (wbits >= 8 && wbits <= 15 || decompress && wbits == 0) {
            return Wrap.ZLIB;
        }
        if (wbits >= -15 && wbits <= -8) {
            return Wrap.RAW;
        }
        if (wbits >= 24 && wbits <= 31) {
            return Wrap.GZIP;
        }
        if (decompress && wbits >= 40 && wbits <= 47) {
            return Wrap.AUTO;
        }
        if (decompress) {
            throw Py.valueError("Invalid initialization option");
        }
        throw Py.valueError("Invalid initialization option");
    }

    static PyException err(PyType error, String msg) {
        return new PyException(new PyBaseException(error, Py.str(msg)));
    }

    // ---------------------------------------------------------------- checksums

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    /** CRC-32 of {@code b} continued from {@code start} (a previous result), as zlib's crc32(start, b). */
    static long crc32(long start, byte[] b, int off, int len) {
        int c = ~(int) start;
        for (int i = off; i < off + len; i++) {
            c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    /** Adler-32 of {@code b} continued from {@code start}, as zlib's adler32(start, b). */
    static long adler32(long start, byte[] b, int off, int len) {
        long a = start & 0xffff, s = (start >>> 16) & 0xffff;
        int i = off, end = off + len;
        while (i < end) {
            int n = Math.min(end - i, 3800);
            for (int k = 0; k < n; k++) {
                a += b[i++] & 0xff;
                s += a;
            }
            a %= 65521;
            s %= 65521;
        }
        return (s << 16) | a;
    }

    // ---------------------------------------------------------------- gzip container

    static byte[] gzipHeader(int level) {
        int xfl = level == 9 ? 2 : level == 1 ? 4 : 0;
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
    }

    static void le32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    /** The length of a complete gzip header at the start of {@code b}, -1 when more bytes are needed. */
    static int gzipHeaderLength(byte[] b, int len, PyType error) {
        if (len < 10) {
            return -1;
        }
        if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
            throw err(error, "Error -3 while decompressing data: incorrect header check");
        }
        if (b[2] != 8) {
            throw err(error, "Error -3 while decompressing data: unknown compression method");
        }
        int flg = b[3] & 0xff;
        int p = 10;
        if ((flg & 4) != 0) {
            if (len < p + 2) {
                return -1;
            }
            p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) {
            if ((flg & bit) != 0) {
                while (p < len && b[p] != 0) {
                    p++;
                }
                if (p >= len) {
                    return -1;
                }
                p++;
            }
        }
        if ((flg & 2) != 0) {
            p += 2;
        }
        return p <= len ? p : -1;
    }

    // ---------------------------------------------------------------- one-shot

    static byte[] compress(byte[] data, int level, int wbits, PyType error) {
        if (level < -1 || level > 9) {
            throw err(error, "Bad compression level");
        }
        Wrap w = wrap(wbits, false, error);
        Deflater d = new Deflater(level, w != Wrap.ZLIB);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (w == Wrap.GZIP) {
                out.writeBytes(gzipHeader(level));
            }
            d.setInput(data);
            d.finish();
            byte[] buf = new byte[Math.max(64, Math.min(data.length + 64, 1 << 16))];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            if (w == Wrap.GZIP) {
                le32(out, crc32(0, data, 0, data.length));
                le32(out, data.length & 0xffffffffL);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    static byte[] decompress(byte[] data, int wbits, int bufsize, PyType error) {
        if (bufsize < 0) {
            throw Py.valueError("bufsize must be non-negative");
        }
        Decomp dc = new Decomp(wbits, null, error);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dc.feed(data, -1, out);
        if (!dc.eof) {
            throw err(error, "Error -5 while decompressing data: incomplete or truncated stream");
        }
        dc.end();
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- streams

    /** A compression stream (zlib.Compress). */
    static final class Comp extends PyObject {
        final PyType error;
        final Wrap wrap;
        final int level;
        Deflater d;
        boolean headerDone;
        long crc;
        long size;

        Comp(int level, int wbits, int strategy, byte[] zdict, PyType error) {
            this.error = error;
            if (level < -1 || level > 9) {
                throw err(error, "Bad compression level");
            }
            this.level = level;
            this.wrap = wrap(wbits, false, error);
            d = new Deflater(level, wrap != Wrap.ZLIB);
            if (strategy == 1) {
                d.setStrategy(Deflater.FILTERED);
            } else if (strategy == 2) {
                d.setStrategy(Deflater.HUFFMAN_ONLY);
            }
            if (zdict != null) {
                d.setDictionary(zdict);
            }
        }

        @Override
        public PyType type() {
            return COMPRESS;
        }

        Deflater live() {
            if (d == null) {
                throw err(error, "Error -2 while compressing data: inconsistent stream state");
            }
            return d;
        }

        void header(ByteArrayOutputStream out) {
            if (wrap == Wrap.GZIP && !headerDone) {
                out.writeBytes(gzipHeader(level));
                headerDone = true;
            }
        }

        byte[] compress(byte[] data) {
            Deflater def = live();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            crc = crc32(crc, data, 0, data.length);
            size += data.length;
            def.setInput(data);
            byte[] buf = new byte[8192];
            while (!def.needsInput()) {
                int n = def.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }

        byte[] flush(int mode) {
            if (mode == Z_NO_FLUSH) {
                return new byte[0];
            }
            Deflater def = live();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            byte[] buf = new byte[8192];
            if (mode == Z_FINISH) {
                def.finish();
                while (!def.finished()) {
                    out.write(buf, 0, def.deflate(buf));
                }
                if (wrap == Wrap.GZIP) {
                    le32(out, crc);
                    le32(out, size & 0xffffffffL);
                }
                def.end();
                d = null;
            } else {
                int jm = mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
                int n;
                do {
                    n = def.deflate(buf, 0, buf.length, jm);
                    out.write(buf, 0, n);
                } while (n == buf.length);
            }
            return out.toByteArray();
        }
    }

    /** A decompression stream (zlib.Decompress), also used by the one-shot decompress. */
    static final class Decomp extends PyObject {
        final PyType error;
        final int wbits;
        final byte[] zdict;
        Wrap wrap;
        Inflater inf;
        /** Gzip only: header bytes gathered until the header is complete; then the trailer bytes. */
        byte[] pending = new byte[0];
        boolean inHeader;
        boolean inTrailer;
        long crc;
        long size;
        boolean eof;
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];

        Decomp(int wbits, byte[] zdict, PyType error) {
            this.error = error;
            this.wbits = wbits;
            this.zdict = zdict;
            this.wrap = wrap(wbits, true, error);
            if (wrap == Wrap.GZIP) {
                inHeader = true;
            }
            if (wrap == Wrap.ZLIB || wrap == Wrap.RAW) {
                start();
            }
        }

        private void start() {
            inf = new Inflater(wrap != Wrap.ZLIB);
            if (wrap == Wrap.RAW && zdict != null) {
                inf.setDictionary(zdict);
            }
        }

        @Override
        public PyType type() {
            return DECOMPRESS;
        }

        void end() {
            if (inf != null) {
                inf.end();
            }
        }

        static byte[] concat(byte[] a, byte[] b, int off, int len) {
            byte[] r = java.util.Arrays.copyOf(a, a.length + len);
            System.arraycopy(b, off, r, a.length, len);
            return r;
        }

        /**
         * Decompresses {@code data} into {@code out}, at most {@code max} bytes when {@code max >= 0}; input left
         * unread because of the limit goes to unconsumed_tail, input after the end of the stream to unused_data.
         */
        void feed(byte[] data, int max, ByteArrayOutputStream out) {
            if (eof) {
                unusedData = concat(unusedData, data, 0, data.length);
                return;
            }
            byte[] in = data;
            if (wrap == Wrap.AUTO) {
                if (data.length == 0) {
                    return;
                }
                wrap = (data[0] & 0xff) == 0x1f ? Wrap.GZIP : Wrap.ZLIB;
                if (wrap == Wrap.GZIP) {
                    inHeader = true;
                } else {
                    start();
                }
            }
            if (inHeader) {
                pending = concat(pending, in, 0, in.length);
                int h = gzipHeaderLength(pending, pending.length, error);
                if (h < 0) {
                    return;
                }
                in = java.util.Arrays.copyOfRange(pending, h, pending.length);
                pending = new byte[0];
                inHeader = false;
                start();
            }
            if (inTrailer) {
                trailer(in, 0, in.length);
                return;
            }
            inf.setInput(in);
            byte[] buf = new byte[max > 0 ? Math.min(max, 16384) : 16384];
            int produced = 0;
            try {
                while (!inf.finished()) {
                    int want = max > 0 ? Math.min(buf.length, max - produced) : buf.length;
                    if (max > 0 && want == 0) {
                        break;
                    }
                    int n = inf.inflate(buf, 0, want);
                    if (n > 0) {
                        out.write(buf, 0, n);
                        produced += n;
                        if (wrap == Wrap.GZIP) {
                            crc = crc32(crc, buf, 0, n);
                            size += n;
                        }
                        continue;
                    }
                    if (inf.needsDictionary()) {
                        if (zdict == null) {
                            throw err(error, "Error 2 while decompressing data");
                        }
                        inf.setDictionary(zdict);
                        continue;
                    }
                    if (inf.needsInput()) {
                        break;
                    }
                }
            } catch (DataFormatException e) {
                String m = e.getMessage() == null ? "invalid stream" : e.getMessage();
                throw err(error, "Error -3 while decompressing data: " + m);
            }
            int rem = inf.getRemaining();
            int restOff = in.length - rem;
            if (inf.finished()) {
                if (wrap == Wrap.GZIP) {
                    inTrailer = true;
                    trailer(in, restOff, rem);
                } else {
                    eof = true;
                    unusedData = concat(unusedData, in, restOff, rem);
                }
                unconsumedTail = new byte[0];
            } else {
                unconsumedTail = java.util.Arrays.copyOfRange(in, restOff, in.length);
            }
        }

        private void trailer(byte[] in, int off, int len) {
            int need = 8 - pending.length;
            int take = Math.min(need, len);
            pending = concat(pending, in, off, take);
            if (pending.length < 8) {
                return;
            }
            long c = 0, s = 0;
            for (int i = 3; i >= 0; i--) {
                c = (c << 8) | (pending[i] & 0xff);
                s = (s << 8) | (pending[4 + i] & 0xff);
            }
            if (c != crc) {
                throw err(error, "Error -3 while decompressing data: incorrect data check");
            }
            if (s != (size & 0xffffffffL)) {
                throw err(error, "Error -3 while decompressing data: incorrect length check");
            }
            eof = true;
            inTrailer = false;
            unusedData = concat(unusedData, in, off + take, len - take);
        }
    }

    static int intArg(ThreadState ts, PyObject o, int dflt) {
        return o == null ? dflt : (int) Ops.toInt(ts, o).v;
    }

    static byte[] bytesArg(ThreadState ts, PyObject o) {
        return PyBytes.fromObject(ts, o);
    }

    static void m(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name));
    }

    static void prop(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyProperty(new PyBuiltin(name, f), null, null, Py.None));
    }

    static {
        COMPRESS.dict.putStr("__module__", Py.str("zlib"));
        DECOMPRESS.dict.putStr("__module__", Py.str("zlib"));
        m(COMPRESS, "compress", (ts, a, kw) -> {
            Args.check("compress", Py.EMPTY, kw, 0, 0);
            if (a.length != 2) {
                throw Py.typeError("compress() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return new PyBytes(((Comp) a[0]).compress(bytesArg(ts, a[1])), false);
        });
        m(COMPRESS, "flush", (ts, a, kw) -> {
            Comp c = (Comp) a[0];
            int mode = a.length > 1 ? intArg(ts, a[1], Z_FINISH) : Z_FINISH;
            return new PyBytes(c.flush(mode), false);
        });
        m(COMPRESS, "copy", (ts, a, kw) -> {
            throw err(((Comp) a[0]).error,
                    "copy() of a compression stream is not supported (java.util.zip.Deflater cannot be cloned)");
        });
        m(DECOMPRESS, "decompress", (ts, a, kw) -> {
            Decomp dc = (Decomp) a[0];
            PyObject[] p = Args.parse("decompress", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"data", "max_length"}, 1);
            int max = intArg(ts, p[1], 0);
            if (max < 0) {
                throw Py.valueError("max_length must be non-negative");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dc.feed(bytesArg(ts, p[0]), max, out);
            return new PyBytes(out.toByteArray(), false);
        });
        m(DECOMPRESS, "flush", (ts, a, kw) -> {
            Decomp dc = (Decomp) a[0];
            if (a.length > 1 && Ops.toInt(ts, a[1]).v <= 0) {
                throw Py.valueError("length must be greater than zero");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] tail = dc.unconsumedTail;
            dc.unconsumedTail = new byte[0];
            if (tail.length > 0 || !dc.eof) {
                dc.feed(tail, -1, out);
            }
            return new PyBytes(out.toByteArray(), false);
        });
        m(DECOMPRESS, "copy", (ts, a, kw) -> {
            throw err(((Decomp) a[0]).error,
                    "copy() of a decompression stream is not supported (java.util.zip.Inflater cannot be cloned)");
        });
        prop(DECOMPRESS, "unused_data", (ts, a, kw) -> new PyBytes(((Decomp) a[0]).unusedData.clone(), false));
        prop(DECOMPRESS, "unconsumed_tail", (ts, a, kw) -> new PyBytes(((Decomp) a[0]).unconsumedTail.clone(), false));
        prop(DECOMPRESS, "eof", (ts, a, kw) -> Py.bool(((Decomp) a[0]).eof));
    }

    static PyModule make(ThreadState ts0) {
        PyDict d = new PyDict();
        PyModule mod = new PyModule("zlib", d);
        PyType error = org.stmj.python.objects.ClassCreation.createClass(ts0, "error", new PyObject[] {Exc.Exception},
                new PyDict(), null);
        error.dict.putStr("__module__", Py.str("zlib"));
        d.putStr("error", error);
        Object[] consts = {"MAX_WBITS", MAX_WBITS, "DEFLATED", DEFLATED, "DEF_MEM_LEVEL", DEF_MEM_LEVEL,
            "DEF_BUF_SIZE", DEF_BUF_SIZE, "Z_NO_COMPRESSION", 0, "Z_BEST_SPEED", 1, "Z_BEST_COMPRESSION", 9,
            "Z_DEFAULT_COMPRESSION", -1, "Z_FILTERED", 1, "Z_HUFFMAN_ONLY", 2, "Z_RLE", 3, "Z_FIXED", 4,
            "Z_DEFAULT_STRATEGY", 0, "Z_NO_FLUSH", Z_NO_FLUSH, "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH,
            "Z_SYNC_FLUSH", Z_SYNC_FLUSH, "Z_FULL_FLUSH", Z_FULL_FLUSH, "Z_FINISH", Z_FINISH, "Z_BLOCK", Z_BLOCK,
            "Z_TREES", 6};
        for (int i = 0; i < consts.length; i += 2) {
            d.putStr((String) consts[i], Py.newInt((Integer) consts[i + 1]));
        }
        d.putStr("ZLIB_VERSION", Py.str("1.2.13"));
        d.putStr("ZLIB_RUNTIME_VERSION", Py.str("1.2.13"));
        d.putStr("Compress", COMPRESS);
        d.putStr("Decompress", DECOMPRESS);
        Modules.fn(d, "crc32", (ts, a, kw) -> {
            Args.check("crc32", a, kw, 1, 2);
            byte[] b = bytesArg(ts, a[0]);
            long start = a.length > 1 ? Ops.toInt(ts, a[1]).v & 0xffffffffL : 0;
            return Py.newInt(crc32(start, b, 0, b.length));
        });
        Modules.fn(d, "adler32", (ts, a, kw) -> {
            Args.check("adler32", a, kw, 1, 2);
            byte[] b = bytesArg(ts, a[0]);
            long start = a.length > 1 ? Ops.toInt(ts, a[1]).v & 0xffffffffL : 1;
            return Py.newInt(adler32(start, b, 0, b.length));
        });
        Modules.fn(d, "compress", (ts, a, kw) -> {
            PyObject[] p = Args.parse("compress", a, kw, new String[] {"data", "level", "wbits"}, 1);
            return new PyBytes(compress(bytesArg(ts, p[0]), intArg(ts, p[1], -1), intArg(ts, p[2], MAX_WBITS), error),
                    false);
        });
        Modules.fn(d, "decompress", (ts, a, kw) -> {
            PyObject[] p = Args.parse("decompress", a, kw, new String[] {"data", "wbits", "bufsize"}, 1);
            return new PyBytes(decompress(bytesArg(ts, p[0]), intArg(ts, p[1], MAX_WBITS),
                    intArg(ts, p[2], DEF_BUF_SIZE), error), false);
        });
        Modules.fn(d, "compressobj", (ts, a, kw) -> {
            PyObject[] p = Args.parse("compressobj", a, kw,
                    new String[] {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0);
            if (intArg(ts, p[1], DEFLATED) != DEFLATED) {
                throw Py.valueError("Invalid initialization option");
            }
            int mem = intArg(ts, p[3], DEF_MEM_LEVEL);
            if (mem < 1 || mem > 9) {
                throw Py.valueError("Invalid initialization option");
            }
            byte[] zd = p[5] == null ? null : bytesArg(ts, p[5]);
            return new Comp(intArg(ts, p[0], -1), intArg(ts, p[2], MAX_WBITS), intArg(ts, p[4], 0), zd, error);
        });
        Modules.fn(d, "decompressobj", (ts, a, kw) -> {
            PyObject[] p = Args.parse("decompressobj", a, kw, new String[] {"wbits", "zdict"}, 0);
            byte[] zd = p[1] == null ? null : bytesArg(ts, p[1]);
            return new Decomp(intArg(ts, p[0], MAX_WBITS), zd, error);
        });
        return mod;
    }
}
