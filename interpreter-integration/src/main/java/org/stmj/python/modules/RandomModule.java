package org.stmj.python.modules;

import java.math.BigInteger;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.FixedArity;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
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
                attrs = PyDict.instanceDict(type());
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

        /**
         * The C seed of CPython's _random: None seeds from the system's randomness, an int by its absolute value,
         * anything else by its hash read as an unsigned 64-bit number (random.Random.seed turns str and bytes
         * into an int before it calls this).
         */
        void seed(ThreadState ts, PyObject arg) {
            BigInteger n;
            if (arg == null || arg == Py.None) {
                byte[] b = new byte[624 * 4];
                new java.security.SecureRandom().nextBytes(b);
                n = new BigInteger(1, b);
            } else if (arg instanceof PyInt) {
                n = ((PyInt) arg).toBig().abs();
            } else {
                long h = Ops.hash(ts, arg);
                n = BigInteger.valueOf(h);
                if (h < 0) {
                    n = n.add(BigInteger.ONE.shiftLeft(64));
                }
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
        int np = a.length - (kw == null ? 0 : kw.length);
        if (cls.name.equals("Random") && !cls.heap && kw != null && kw.length > 0) {
            throw Py.typeError("Random() takes no keyword arguments");
        }
        if (np > 1) {
            throw Py.typeError("Random() requires 0 or 1 argument");
        }
        MT m = new MT();
        m.type = cls;
        m.seed(ts, np > 0 ? a[0] : null);
        return m;
    });

    static void m(String name, int min, int max, PyBuiltin.Native f) {
        RANDOM.dict.putStr(name, new PyBuiltin(name, f, null, "Random", min, max, false));
    }

    static {
        m("seed", 0, 1, (ts, a, kw) -> {
            ((MT) a[0]).seed(ts, a.length > 1 ? a[1] : null);
            return Py.None;
        });
        RANDOM.dict.putStr("random", new PyBuiltin("random", (ts, a, kw) -> Py.newFloat(((MT) a[0]).random()),
                null, "Random", 0, 0, false).withFixed((ts, self) -> Py.newFloat(((MT) self).random()), null, null));
        FixedArity.Body2 getrandbits = (ts, self, k) -> {
            if (!(k instanceof PyInt)) {
                throw Py.typeError("'" + k.type().name + "' object cannot be interpreted as an integer");
            }
            return ((MT) self).getrandbits((int) Ops.toInt(ts, k).v);
        };
        RANDOM.dict.putStr("getrandbits", new PyBuiltin("getrandbits",
                (ts, a, kw) -> getrandbits.call(ts, a[0], a[1]), null, "Random", 1, 1, false)
                .withFixed(null, getrandbits, null));
        m("getstate", 0, 0, (ts, a, kw) -> {
            MT m = (MT) a[0];
            PyObject[] s = new PyObject[625];
            for (int i = 0; i < 624; i++) {
                s[i] = Py.newInt(m.mt[i] & 0xffffffffL);
            }
            s[624] = Py.newInt(m.mti);
            return new PyTuple(s);
        });
        m("setstate", 1, 1, (ts, a, kw) -> {
            MT m = (MT) a[0];
            if (!(a[1] instanceof PyTuple)) {
                throw Py.typeError("state vector must be a tuple");
            }
            PyObject[] s = ((PyTuple) a[1]).items;
            if (s.length != 625) {
                throw Py.valueError("state vector is the wrong size");
            }
            int[] words = new int[624];
            for (int i = 0; i < 624; i++) {
                words[i] = (int) word(ts, s[i]);
            }
            long index = word(ts, s[624]);
            if (index < 0 || index > 624) {
                throw Py.valueError("invalid state");
            }
            System.arraycopy(words, 0, m.mt, 0, 624);
            m.mti = (int) index;
            return Py.None;
        });
    }

    /** One word of a state vector: an int in 0..2**32-1 (a C unsigned long that keeps its low 32 bits). */
    private static long word(ThreadState ts, PyObject o) {
        if (!(o instanceof PyInt)) {
            throw Py.typeError("an integer is required (got type " + o.type().name + ")");
        }
        BigInteger v = ((PyInt) o).toBig();
        if (v.signum() < 0) {
            throw Py.raise(org.stmj.python.objects.Exc.OverflowError,
                    "can't convert negative value to unsigned int");
        }
        if (v.bitLength() > 64) {
            throw Py.raise(org.stmj.python.objects.Exc.OverflowError,
                    "Python int too large to convert to C unsigned long");
        }
        return v.longValue() & 0xffffffffL;
    }

    static PyModule make() {
        PyDict d = new PyDict();
        d.putStr("Random", RANDOM);
        return new PyModule("_random", d);
    }
}
