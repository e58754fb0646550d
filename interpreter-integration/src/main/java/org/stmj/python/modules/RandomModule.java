package org.stmj.python.modules;

import java.math.BigInteger;
import java.security.MessageDigest;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyFloat;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/** _random: the Mersenne Twister core of random.Random, bit-exact with CPython's. */
final class RandomModule {
    private RandomModule() {
    }

    /** MT19937 state (owned by one Random object; the state array is its Python heap state). */
    static final class MT extends PyObject {
        PyType type;
        PyDict attrs;
        final int[] mt = new int[624];
        int mti = 625;

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict attrs() {
            if (attrs == null) {
                attrs = new PyDict();
            }
            return attrs;
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (mti = 1; mti < 624; mti++) {
                mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
            }
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            int k = Math.max(624, key.length);
            for (; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (k = 623; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        int next32() {
            if (mti >= 624) {
                int kk;
                for (kk = 0; kk < 624 - 397; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + 397] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < 623; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (397 - 624)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[623] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[623] = mt[396] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                mti = 0;
            }
            int y = mt[mti++];
            y ^= (y >>> 11);
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= (y >>> 18);
            return y;
        }

        double random() {
            long a = (next32() & 0xffffffffL) >>> 5, b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        void seed(ThreadState ts, PyObject arg) {
            BigInteger n;
            if (arg == null || arg == Py.None) {
                n = BigInteger.valueOf(System.nanoTime() ^ System.currentTimeMillis() * 1000003L);
            } else if (arg instanceof PyInt) {
                n = ((PyInt) arg).toBig().abs();
            } else if (arg instanceof PyStr || arg instanceof PyBytes) {
                byte[] b = arg instanceof PyStr ? ((PyStr) arg).value.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : ((PyBytes) arg).bytes();
                try {
                    byte[] h = MessageDigest.getInstance("SHA-512").digest(b);
                    byte[] all = new byte[b.length + h.length];
                    System.arraycopy(b, 0, all, 0, b.length);
                    System.arraycopy(h, 0, all, b.length, h.length);
                    n = new BigInteger(1, all);
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw Py.systemError("no SHA-512");
                }
            } else if (arg instanceof PyFloat) {
                n = BigInteger.valueOf(Ops.hash(ts, arg)).abs();
            } else {
                throw Py.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        PyObject getrandbits(int k) {
            if (k < 0) {
                throw Py.valueError("number of bits must be non-negative");
            }
            if (k == 0) {
                return Py.newInt(0);
            }
            if (k <= 32) {
                return Py.newInt((next32() & 0xffffffffL) >>> (32 - k));
            }
            int words = (k - 1) / 32 + 1;
            BigInteger r = BigInteger.ZERO;
            for (int i = 0; i < words; i++, k -= 32) {
                long w = next32() & 0xffffffffL;
                if (k < 32) {
                    w >>>= (32 - k);
                }
                r = r.or(BigInteger.valueOf(w).shiftLeft(32 * i));
            }
            return Py.newInt(r);
        }
    }

    static final PyType RANDOM = new PyType("Random", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
        MT m = new MT();
        m.type = cls;
        m.seed(ts, a.length > 0 ? a[0] : null);
        return m;
    });

    static void m(String name, PyBuiltin.Native f) {
        RANDOM.dict.putStr(name, new PyBuiltin(name, f, null, "Random"));
    }

    static {
        m("seed", (ts, a, kw) -> {
            ((MT) a[0]).seed(ts, a.length > 1 ? a[1] : null);
            return Py.None;
        });
        m("random", (ts, a, kw) -> Py.newFloat(((MT) a[0]).random()));
        m("getrandbits", (ts, a, kw) -> ((MT) a[0]).getrandbits((int) Ops.toInt(ts, a[1]).v));
        m("getstate", (ts, a, kw) -> {
            MT m = (MT) a[0];
            PyObject[] s = new PyObject[625];
            for (int i = 0; i < 624; i++) {
                s[i] = Py.newInt(m.mt[i] & 0xffffffffL);
            }
            s[624] = Py.newInt(m.mti);
            return new PyTuple(s);
        });
        m("setstate", (ts, a, kw) -> {
            MT m = (MT) a[0];
            PyObject[] s = ((PyTuple) a[1]).items;
            for (int i = 0; i < 624; i++) {
                m.mt[i] = (int) ((PyInt) s[i]).v;
            }
            m.mti = (int) ((PyInt) s[624]).v;
            return Py.None;
        });
        m("__init__", (ts, a, kw) -> Py.None);
    }

    static PyModule make() {
        PyDict d = new PyDict();
        d.putStr("Random", RANDOM);
        return new PyModule("_random", d);
    }
}
