package org.stmj.python.modules;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
import org.stmj.python.objects.PyMemoryView;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyProperty;
import org.stmj.python.objects.PySet;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code _hashlib} (CPython's OpenSSL binding, here over {@code java.security.MessageDigest} and
 * {@code javax.crypto.Mac}) and the built-in hash modules {@code _md5}, {@code _sha1}, {@code _sha256},
 * {@code _sha512}, {@code _sha3}, {@code _blake2} that {@code hashlib} falls back to. The algorithms are in
 * {@link Digests}; this class gives them CPython's Python API ({@code update}, {@code digest}, {@code hexdigest},
 * {@code copy}, {@code name}, {@code digest_size}, {@code block_size}).
 *
 * <p>STM: a hash object holds a Java hasher that the transformer cannot version when it is a JDK object
 * ({@code MessageDigest}, {@code Mac}); calls into those make the running transaction inevitable, so a hash
 * object is never rolled back half-updated. The own BLAKE2/Keccak hashers are interpreter classes, versioned.
 */
final class HashModule {
    private HashModule() {
    }

    static final PyType HASH = new PyType("HASH", Builtins.OBJECT, false, null);
    static final PyType HASHXOF = new PyType("HASHXOF", HASH, false, null);
    static final PyType HMAC = new PyType("HMAC", Builtins.OBJECT, false, null);
    static final PyType BLAKE2B = new PyType("blake2b", Builtins.OBJECT, false,
            (ts, cls, a, kw) -> blake2(ts, true, cls, a, kw));
    static final PyType BLAKE2S = new PyType("blake2s", Builtins.OBJECT, false,
            (ts, cls, a, kw) -> blake2(ts, false, cls, a, kw));

    static final String[] OPENSSL = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256",
        "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"};

    /** A Python hash object: one hasher, owned by it alone. */
    static final class HashObj extends PyObject {
        final PyType type;
        final Digests d;

        HashObj(PyType type, Digests d) {
            this.type = type;
            this.d = d;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String repr(ThreadState ts) {
            return "<" + d.name + " " + type.module() + "." + type.name + " object @ 0x"
                    + Long.toHexString(Ops.id(this)) + ">";
        }
    }

    /** A Python HMAC object over a JDK Mac. */
    static final class HmacObj extends PyObject {
        final Mac mac;
        final String digest;
        final int blockSize;

        HmacObj(Mac mac, String digest, int blockSize) {
            this.mac = mac;
            this.digest = digest;
            this.blockSize = blockSize;
        }

        @Override
        public PyType type() {
            return HMAC;
        }

        Mac cloned() {
            try {
                return (Mac) mac.clone();
            } catch (CloneNotSupportedException e) {
                throw Py.valueError("HMAC of " + digest + " cannot be copied");
            }
        }
    }

    /** The bytes of a bytes-like object; str and other objects raise TypeError as CPython's hash objects do. */
    static byte[] buffer(ThreadState ts, PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).bytes();
        }
        if (o instanceof PyMemoryView) {
            return PyBytes.fromObject(ts, o);
        }
        if (o instanceof PyStr) {
            throw Py.typeError("Strings must be encoded before hashing");
        }
        PyObject tb = Ops.getattrOrNull(ts, o, "tobytes");
        if (tb != null && o.type().module().equals("array")) {
            return buffer(ts, Ops.call(ts, tb, Py.EMPTY, null));
        }
        throw Py.typeError("object supporting the buffer API required");
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return sb.toString();
    }

    static void m(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name));
    }

    static void prop(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyProperty(new PyBuiltin(name, f), null, null, Py.None));
    }

    static int xofLength(ThreadState ts, PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("digest", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"length"},
                1);
        long n = Ops.toInt(ts, p[0]).v;
        if (n < 0) {
            throw Py.valueError("length must be non-negative");
        }
        if (n > (1 << 29)) {
            throw Py.valueError("length is too large");
        }
        return (int) n;
    }

    /** Installs the methods of a hash object on {@code t}. */
    static void hashMethods(PyType t, boolean xof) {
        m(t, "update", (ts, a, kw) -> {
            Args.check("update", Py.EMPTY, kw, 0, 0);
            if (a.length != 2) {
                throw Py.typeError("update() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            byte[] b = buffer(ts, a[1]);
            ((HashObj) a[0]).d.update(b, 0, b.length);
            return Py.None;
        });
        if (xof) {
            m(t, "digest", (ts, a, kw) -> new PyBytes(((HashObj) a[0]).d.digest(xofLength(ts, a, kw)), false));
            m(t, "hexdigest", (ts, a, kw) -> Py.str(hex(((HashObj) a[0]).d.digest(xofLength(ts, a, kw)))));
        } else {
            m(t, "digest", (ts, a, kw) -> {
                Args.check("digest", a, kw, 1, 1);
                return new PyBytes(((HashObj) a[0]).d.digest(0), false);
            });
            m(t, "hexdigest", (ts, a, kw) -> {
                Args.check("hexdigest", a, kw, 1, 1);
                return Py.str(hex(((HashObj) a[0]).d.digest(0)));
            });
        }
        m(t, "copy", (ts, a, kw) -> {
            HashObj h = (HashObj) a[0];
            return new HashObj(h.type, h.d.copy());
        });
        prop(t, "name", (ts, a, kw) -> Py.str(((HashObj) a[0]).d.name));
        prop(t, "digest_size", (ts, a, kw) -> Py.newInt(((HashObj) a[0]).d.digestSize));
        prop(t, "block_size", (ts, a, kw) -> Py.newInt(((HashObj) a[0]).d.blockSize));
    }

    /** A non-negative int of at most {@code bits} bits (as a long's bit pattern), else OverflowError/ValueError. */
    static long unsigned(ThreadState ts, PyObject o, int bits, String what) {
        org.stmj.python.objects.PyInt i = Ops.toInt(ts, o);
        java.math.BigInteger b = i.big != null ? i.big : java.math.BigInteger.valueOf(i.v);
        if (b.signum() < 0) {
            throw Py.valueError(what + " must be positive");
        }
        if (b.bitLength() > bits) {
            throw Py.overflow(what + " is too large");
        }
        return b.longValue();
    }

    static PyObject blake2(ThreadState ts, boolean big, PyType cls, PyObject[] a, String[] kw) {
        String fn = big ? "blake2b" : "blake2s";
        if (kw != null) {
            for (String k : kw) {
                if (k.equals("data")) {
                    throw Py.typeError("'data' is an invalid keyword argument for " + fn + "()");
                }
            }
        }
        PyObject[] p = Args.parse(fn, a, kw, new String[] {"data", "digest_size", "key", "salt", "person", "fanout",
            "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}, 0);
        if (Args.positional(a, kw) > 1) {
            throw Py.typeError(fn + "() takes at most 1 positional argument (" + Args.positional(a, kw) + " given)");
        }
        int max = big ? 64 : 32, saltMax = big ? 16 : 8;
        Digests.Blake2Params bp = new Digests.Blake2Params();
        bp.digestSize = p[1] == null ? max : (int) Ops.toInt(ts, p[1]).v;
        if (bp.digestSize < 1 || bp.digestSize > max) {
            throw Py.valueError("digest_size must be between 1 and " + max + " bytes");
        }
        if (p[2] != null) {
            bp.key = buffer(ts, p[2]);
        }
        if (bp.key.length > max) {
            throw Py.valueError("maximum key length is " + max + " bytes");
        }
        if (p[3] != null) {
            bp.salt = buffer(ts, p[3]);
        }
        if (bp.salt.length > saltMax) {
            throw Py.valueError("maximum salt length is " + saltMax + " bytes");
        }
        if (p[4] != null) {
            bp.person = buffer(ts, p[4]);
        }
        if (bp.person.length > saltMax) {
            throw Py.valueError("maximum person length is " + saltMax + " bytes");
        }
        if (p[5] != null) {
            bp.fanout = (int) Ops.toInt(ts, p[5]).v;
        }
        if (bp.fanout < 0 || bp.fanout > 255) {
            throw Py.valueError("fanout must be between 0 and 255");
        }
        if (p[6] != null) {
            bp.depth = (int) Ops.toInt(ts, p[6]).v;
        }
        if (bp.depth < 1 || bp.depth > 255) {
            throw Py.valueError("depth must be between 1 and 255");
        }
        if (p[7] != null) {
            bp.leafSize = unsigned(ts, p[7], 32, "leaf_size");
        }
        if (p[8] != null) {
            bp.nodeOffset = unsigned(ts, p[8], big ? 64 : 48, "node_offset");
        }
        if (p[9] != null) {
            bp.nodeDepth = (int) Ops.toInt(ts, p[9]).v;
        }
        if (bp.nodeDepth < 0 || bp.nodeDepth > 255) {
            throw Py.valueError("node_depth must be between 0 and 255");
        }
        if (p[10] != null) {
            bp.innerSize = (int) Ops.toInt(ts, p[10]).v;
        }
        if (bp.innerSize < 0 || bp.innerSize > max) {
            throw Py.valueError("inner_size must be between 0 and is " + max);
        }
        bp.lastNode = p[11] != null && Ops.truth(ts, p[11]);
        HashObj h = new HashObj(cls, new Digests.Blake2(big, bp));
        if (p[0] != null) {
            byte[] b = buffer(ts, p[0]);
            h.d.update(b, 0, b.length);
        }
        return h;
    }

    static {
        HASH.dict.putStr("__module__", Py.str("_hashlib"));
        HASHXOF.dict.putStr("__module__", Py.str("_hashlib"));
        HMAC.dict.putStr("__module__", Py.str("_hashlib"));
        hashMethods(HASH, false);
        hashMethods(HASHXOF, true);
        for (PyType t : new PyType[] {BLAKE2B, BLAKE2S}) {
            boolean big = t == BLAKE2B;
            t.dict.putStr("__module__", Py.str("_blake2"));
            hashMethods(t, false);
            t.dict.putStr("SALT_SIZE", Py.newInt(big ? 16 : 8));
            t.dict.putStr("PERSON_SIZE", Py.newInt(big ? 16 : 8));
            t.dict.putStr("MAX_KEY_SIZE", Py.newInt(big ? 64 : 32));
            t.dict.putStr("MAX_DIGEST_SIZE", Py.newInt(big ? 64 : 32));
        }
        m(HMAC, "update", (ts, a, kw) -> {
            byte[] b = buffer(ts, a[1]);
            ((HmacObj) a[0]).mac.update(b);
            return Py.None;
        });
        m(HMAC, "digest", (ts, a, kw) -> new PyBytes(((HmacObj) a[0]).cloned().doFinal(), false));
        m(HMAC, "hexdigest", (ts, a, kw) -> Py.str(hex(((HmacObj) a[0]).cloned().doFinal())));
        m(HMAC, "copy", (ts, a, kw) -> {
            HmacObj h = (HmacObj) a[0];
            return new HmacObj(h.cloned(), h.digest, h.blockSize);
        });
        prop(HMAC, "name", (ts, a, kw) -> Py.str("hmac-" + ((HmacObj) a[0]).digest));
        prop(HMAC, "digest_size", (ts, a, kw) -> Py.newInt(((HmacObj) a[0]).mac.getMacLength()));
        prop(HMAC, "block_size", (ts, a, kw) -> Py.newInt(((HmacObj) a[0]).blockSize));
    }

    /** A new hash object for a name, with initial data; ValueError for an unknown name (hashlib relies on it). */
    static HashObj newHash(ThreadState ts, String name, PyObject data) {
        Digests d = Digests.create(name);
        if (d == null) {
            throw Py.valueError("unsupported hash type " + name);
        }
        HashObj h = new HashObj(d.isXof() ? HASHXOF : HASH, d);
        if (data != null) {
            byte[] b = buffer(ts, data);
            d.update(b, 0, b.length);
        }
        return h;
    }

    /** The digest name of a digestmod argument: a str, or one of the openssl_* constructors. */
    static String digestName(ThreadState ts, PyObject dm, PyType unsupported) {
        if (dm instanceof PyStr) {
            return ((PyStr) dm).value().toLowerCase(java.util.Locale.ROOT);
        }
        if (dm instanceof PyBuiltin && ((PyBuiltin) dm).name.startsWith("openssl_")) {
            return ((PyBuiltin) dm).name.substring(8);
        }
        throw new PyException(new PyBaseException(unsupported, Py.str("Unsupported digestmod " + Ops.repr(ts, dm))));
    }

    static Mac mac(String name, byte[] key, PyType unsupported) {
        String alg;
        switch (name) {
            case "md5": alg = "HmacMD5"; break;
            case "sha1": alg = "HmacSHA1"; break;
            case "sha224": alg = "HmacSHA224"; break;
            case "sha256": alg = "HmacSHA256"; break;
            case "sha384": alg = "HmacSHA384"; break;
            case "sha512": alg = "HmacSHA512"; break;
            case "sha512_224": alg = "HmacSHA512/224"; break;
            case "sha512_256": alg = "HmacSHA512/256"; break;
            case "sha3_224": alg = "HmacSHA3-224"; break;
            case "sha3_256": alg = "HmacSHA3-256"; break;
            case "sha3_384": alg = "HmacSHA3-384"; break;
            case "sha3_512": alg = "HmacSHA3-512"; break;
            default: alg = null;
        }
        try {
            if (alg == null) {
                throw new java.security.NoSuchAlgorithmException(name);
            }
            Mac m = Mac.getInstance(alg);
            // a zero-length key is legal for HMAC but not for SecretKeySpec: HMAC pads the key with zeros anyway
            m.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, alg));
            return m;
        } catch (java.security.GeneralSecurityException e) {
            throw new PyException(new PyBaseException(unsupported, Py.str("unsupported hash type " + name)));
        }
    }

    static PyModule makeHashlib(ThreadState ts0) {
        PyDict d = new PyDict();
        PyModule mod = new PyModule("_hashlib", d);
        PyType unsupported = org.stmj.python.objects.ClassCreation.createClass(ts0, "UnsupportedDigestmodError",
                new PyObject[] {Exc.ValueError}, new PyDict(), null);
        unsupported.dict.putStr("__module__", Py.str("_hashlib"));
        d.putStr("UnsupportedDigestmodError", unsupported);
        d.putStr("HASH", HASH);
        d.putStr("HASHXOF", HASHXOF);
        d.putStr("HMAC", HMAC);
        PySet names = new PySet(true);
        for (String n : OPENSSL) {
            if (Digests.create(n) == null) {
                continue;
            }
            names.add(ts0, Py.str(n));
            Modules.fn(d, "openssl_" + n, (ts, a, kw) -> {
                PyObject[] p = Args.parse("openssl_" + n, a, kw, new String[] {"string", "usedforsecurity"}, 0);
                return newHash(ts, n, p[0]);
            });
        }
        d.putStr("openssl_md_meth_names", names);
        Modules.fn(d, "new", (ts, a, kw) -> {
            PyObject[] p = Args.parse("new", a, kw, new String[] {"name", "string", "usedforsecurity"}, 1);
            return newHash(ts, Args.str(p[0], "new() argument 'name'"), p[1]);
        });
        Modules.fn(d, "get_fips_mode", (ts, a, kw) -> Py.newInt(0));
        Modules.fn(d, "compare_digest", (ts, a, kw) -> {
            Args.check("compare_digest", a, kw, 2, 2);
            byte[] x, y;
            if (a[0] instanceof PyStr && a[1] instanceof PyStr) {
                String s = ((PyStr) a[0]).value(), t = ((PyStr) a[1]).value();
                for (String u : new String[] {s, t}) {
                    for (int i = 0; i < u.length(); i++) {
                        if (u.charAt(i) > 127) {
                            throw Py.typeError("comparing strings with non-ASCII characters is not supported");
                        }
                    }
                }
                x = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                y = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            } else if (a[0] instanceof PyStr || a[1] instanceof PyStr) {
                throw Py.typeError("unsupported operand types(s) or combination of types: '" + a[0].type().name
                        + "' and '" + a[1].type().name + "'");
            } else {
                x = buffer(ts, a[0]);
                y = buffer(ts, a[1]);
            }
            return Py.bool(java.security.MessageDigest.isEqual(x, y));
        });
        Modules.fn(d, "hmac_new", (ts, a, kw) -> {
            PyObject[] p = Args.parse("hmac_new", a, kw, new String[] {"key", "msg", "digestmod"}, 1);
            if (p[2] == null) {
                throw Py.typeError("Missing required parameter 'digestmod'.");
            }
            String name = digestName(ts, p[2], unsupported);
            Mac m = mac(name, buffer(ts, p[0]), unsupported);
            if (p[1] != null && p[1] != Py.None) {
                m.update(buffer(ts, p[1]));
            }
            return new HmacObj(m, name, Digests.jdkBlockSize(name));
        });
        Modules.fn(d, "hmac_digest", (ts, a, kw) -> {
            PyObject[] p = Args.parse("hmac_digest", a, kw, new String[] {"key", "msg", "digest"}, 3);
            Mac m = mac(digestName(ts, p[2], unsupported), buffer(ts, p[0]), unsupported);
            return new PyBytes(m.doFinal(buffer(ts, p[1])), false);
        });
        Modules.fn(d, "pbkdf2_hmac", (ts, a, kw) -> {
            PyObject[] p = Args.parse("pbkdf2_hmac", a, kw,
                    new String[] {"hash_name", "password", "salt", "iterations", "dklen"}, 4);
            String name = Args.str(p[0], "pbkdf2_hmac() argument 'hash_name'").toLowerCase(java.util.Locale.ROOT);
            long iters = Ops.toInt(ts, p[3]).v;
            if (iters < 1) {
                throw Py.valueError("iteration value must be greater than 0.");
            }
            Mac m;
            try {
                m = mac(name, buffer(ts, p[1]), unsupported);
            } catch (PyException e) {
                throw Py.valueError("unsupported hash type " + name);
            }
            int hlen = m.getMacLength();
            long dk = p[4] == null || p[4] == Py.None ? hlen : Ops.toInt(ts, p[4]).v;
            if (dk < 1) {
                throw Py.valueError("key length must be greater than 0.");
            }
            byte[] salt = buffer(ts, p[2]);
            byte[] out = new byte[(int) dk];
            for (int block = 1, o = 0; o < dk; block++) {
                m.update(salt);
                m.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                byte[] u = m.doFinal();
                byte[] t = u.clone();
                for (long i = 1; i < iters; i++) {
                    u = m.doFinal(u);
                    for (int k = 0; k < t.length; k++) {
                        t[k] ^= u[k];
                    }
                }
                int n = (int) Math.min(t.length, dk - o);
                System.arraycopy(t, 0, out, o, n);
                o += n;
            }
            return new PyBytes(out, false);
        });
        return mod;
    }

    /** The built-in modules hashlib falls back to; each offers constructors named after the algorithms. */
    static PyModule makeBuiltin(ThreadState ts0, String module) {
        PyDict d = new PyDict();
        PyModule mod = new PyModule(module, d);
        String[] algs;
        switch (module) {
            case "_md5": algs = new String[] {"md5"}; break;
            case "_sha1": algs = new String[] {"sha1"}; break;
            case "_sha256": algs = new String[] {"sha224", "sha256"}; break;
            case "_sha512": algs = new String[] {"sha384", "sha512"}; break;
            case "_sha3": algs = new String[] {"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128",
                    "shake_256"}; break;
            default: algs = new String[0];
        }
        for (String n : algs) {
            Modules.fn(d, n, (ts, a, kw) -> {
                PyObject[] p = Args.parse(n, a, kw, new String[] {"string", "usedforsecurity"}, 0);
                return newHash(ts, n, p[0]);
            });
        }
        if (module.equals("_blake2")) {
            d.putStr("blake2b", BLAKE2B);
            d.putStr("blake2s", BLAKE2S);
            d.putStr("BLAKE2B_SALT_SIZE", Py.newInt(16));
            d.putStr("BLAKE2B_PERSON_SIZE", Py.newInt(16));
            d.putStr("BLAKE2B_MAX_KEY_SIZE", Py.newInt(64));
            d.putStr("BLAKE2B_MAX_DIGEST_SIZE", Py.newInt(64));
            d.putStr("BLAKE2S_SALT_SIZE", Py.newInt(8));
            d.putStr("BLAKE2S_PERSON_SIZE", Py.newInt(8));
            d.putStr("BLAKE2S_MAX_KEY_SIZE", Py.newInt(32));
            d.putStr("BLAKE2S_MAX_DIGEST_SIZE", Py.newInt(32));
        }
        return mod;
    }
}
