package org.stmj.python.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash functions behind {@code _hashlib} and {@code _md5}/{@code _sha1}/{@code _sha256}/{@code _sha512}/
 * {@code _sha3}/{@code _blake2}: the JDK's {@link MessageDigest} where it has the algorithm (MD5, SHA-1, SHA-2,
 * SHA-3), and this class's own Keccak sponge (SHAKE) and BLAKE2b/BLAKE2s (RFC 7693), which the JDK lacks.
 * Each hasher is a plain mutable Java object owned by one Python hash object; {@link #copy} gives an independent one.
 */
abstract class Digests {
    /** The hashlib name ({@code md5}, {@code sha3_256}, {@code blake2b}, ...). */
    final String name;
    final int digestSize;
    final int blockSize;

    Digests(String name, int digestSize, int blockSize) {
        this.name = name;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
    }

    abstract void update(byte[] b, int off, int len);

    /** The digest of the data so far; the hasher stays usable. {@code len} matters only for XOFs (SHAKE). */
    abstract byte[] digest(int len);

    abstract Digests copy();

    boolean isXof() {
        return false;
    }

    /** The JDK algorithm names of the hashlib names the JDK provides. */
    static String jdkName(String name) {
        switch (name) {
            case "md5": return "MD5";
            case "sha1": return "SHA-1";
            case "sha224": return "SHA-224";
            case "sha256": return "SHA-256";
            case "sha384": return "SHA-384";
            case "sha512": return "SHA-512";
            case "sha512_224": return "SHA-512/224";
            case "sha512_256": return "SHA-512/256";
            case "sha3_224": return "SHA3-224";
            case "sha3_256": return "SHA3-256";
            case "sha3_384": return "SHA3-384";
            case "sha3_512": return "SHA3-512";
            default: return null;
        }
    }

    static int jdkBlockSize(String name) {
        switch (name) {
            case "sha384": case "sha512": case "sha512_224": case "sha512_256": return 128;
            case "sha3_224": return 144;
            case "sha3_256": return 136;
            case "sha3_384": return 104;
            case "sha3_512": return 72;
            default: return 64;
        }
    }

    /** A hasher for a hashlib name (lower case, '-' accepted for '_'), or null when unknown. */
    static Digests create(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        if (n.equals("shake_128")) {
            return new Keccak(n, 168, 0, (byte) 0x1f);
        }
        if (n.equals("shake_256")) {
            return new Keccak(n, 136, 0, (byte) 0x1f);
        }
        String j = jdkName(n);
        if (j == null) {
            return null;
        }
        try {
            MessageDigest md = MessageDigest.getInstance(j);
            return new Jdk(n, md, jdkBlockSize(n));
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** A JDK MessageDigest (cloned for digest() and copy(), which all JDK providers of these support). */
    static final class Jdk extends Digests {
        final MessageDigest md;

        Jdk(String name, MessageDigest md, int blockSize) {
            super(name, md.getDigestLength(), blockSize);
            this.md = md;
        }

        @Override
        void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        MessageDigest cloned() {
            try {
                return (MessageDigest) md.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("digest " + name + " cannot be cloned", e);
            }
        }

        @Override
        byte[] digest(int len) {
            return cloned().digest();
        }

        @Override
        Digests copy() {
            return new Jdk(name, cloned(), blockSize);
        }
    }

    /** The Keccak-f[1600] sponge: SHAKE128/256 (pad 0x1f) and, for tests against the JDK, SHA-3 (pad 0x06). */
    static final class Keccak extends Digests {
        private static final long[] RC = {0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL,
            0x8000000080008000L, 0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
            0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL, 0x000000008000808bL,
            0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L,
            0x000000000000800aL, 0x800000008000000aL, 0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L,
            0x8000000080008008L};
        private static final int[] ROTC = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18,
            39, 61, 20, 44};
        private static final int[] PILN = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14,
            22, 9, 6, 1};

        final long[] st;
        final byte[] buf;
        int pos;
        final byte pad;

        Keccak(String name, int rate, int digestSize, byte pad) {
            super(name, digestSize, rate);
            this.st = new long[25];
            this.buf = new byte[rate];
            this.pad = pad;
        }

        private Keccak(Keccak o) {
            super(o.name, o.digestSize, o.blockSize);
            st = o.st.clone();
            buf = o.buf.clone();
            pos = o.pos;
            pad = o.pad;
        }

        @Override
        boolean isXof() {
            return digestSize == 0;
        }

        static void permute(long[] s) {
            long[] bc = new long[5];
            for (int r = 0; r < 24; r++) {
                for (int i = 0; i < 5; i++) {
                    bc[i] = s[i] ^ s[i + 5] ^ s[i + 10] ^ s[i + 15] ^ s[i + 20];
                }
                for (int i = 0; i < 5; i++) {
                    long t = bc[(i + 4) % 5] ^ Long.rotateLeft(bc[(i + 1) % 5], 1);
                    for (int j = 0; j < 25; j += 5) {
                        s[j + i] ^= t;
                    }
                }
                long t = s[1];
                for (int i = 0; i < 24; i++) {
                    int j = PILN[i];
                    long b0 = s[j];
                    s[j] = Long.rotateLeft(t, ROTC[i]);
                    t = b0;
                }
                for (int j = 0; j < 25; j += 5) {
                    for (int i = 0; i < 5; i++) {
                        bc[i] = s[j + i];
                    }
                    for (int i = 0; i < 5; i++) {
                        s[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
                    }
                }
                s[0] ^= RC[r];
            }
        }

        private void absorbBlock(long[] s, byte[] b) {
            for (int i = 0; i < blockSize / 8; i++) {
                long v = 0;
                for (int k = 7; k >= 0; k--) {
                    v = (v << 8) | (b[8 * i + k] & 0xff);
                }
                s[i] ^= v;
            }
            permute(s);
        }

        @Override
        void update(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                buf[pos++] = b[i];
                if (pos == blockSize) {
                    absorbBlock(st, buf);
                    pos = 0;
                }
            }
        }

        @Override
        byte[] digest(int len) {
            int n = digestSize > 0 ? digestSize : len;
            long[] s = st.clone();
            byte[] last = java.util.Arrays.copyOf(buf, blockSize);
            java.util.Arrays.fill(last, pos, blockSize, (byte) 0);
            last[pos] ^= pad;
            last[blockSize - 1] ^= (byte) 0x80;
            absorbBlock(s, last);
            byte[] out = new byte[n];
            int o = 0;
            while (true) {
                for (int i = 0; i < blockSize && o < n; i++, o++) {
                    out[o] = (byte) (s[i / 8] >>> (8 * (i % 8)));
                }
                if (o >= n) {
                    break;
                }
                permute(s);
            }
            return out;
        }

        @Override
        Digests copy() {
            return new Keccak(this);
        }
    }

    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private static final long[] IV64 = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL,
        0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};

    /** The parameters of a BLAKE2 hash (RFC 7693 parameter block plus key), already checked. */
    static final class Blake2Params {
        int digestSize;
        byte[] key = new byte[0];
        byte[] salt = new byte[0];
        byte[] person = new byte[0];
        int fanout = 1;
        int depth = 1;
        long leafSize;
        long nodeOffset;
        int nodeDepth;
        int innerSize;
        boolean lastNode;
    }

    /**
     * BLAKE2b (64-bit words, 128-byte blocks, 12 rounds) and BLAKE2s (32-bit words, 64-byte blocks, 10 rounds),
     * sharing the buffering; the words are kept as longs (BLAKE2s masks them to 32 bits).
     */
    static final class Blake2 extends Digests {
        final boolean big;
        final long[] h = new long[8];
        final byte[] buf;
        int pos;
        long t0;
        long t1;
        final boolean lastNode;

        Blake2(boolean big, Blake2Params p) {
            super(big ? "blake2b" : "blake2s", p.digestSize, big ? 128 : 64);
            this.big = big;
            this.buf = new byte[blockSize];
            this.lastNode = p.lastNode;
            int pbLen = big ? 64 : 32;
            byte[] pb = new byte[pbLen];
            pb[0] = (byte) p.digestSize;
            pb[1] = (byte) p.key.length;
            pb[2] = (byte) p.fanout;
            pb[3] = (byte) p.depth;
            for (int i = 0; i < 4; i++) {
                pb[4 + i] = (byte) (p.leafSize >>> (8 * i));
            }
            if (big) {
                for (int i = 0; i < 8; i++) {
                    pb[8 + i] = (byte) (p.nodeOffset >>> (8 * i));
                }
                pb[16] = (byte) p.nodeDepth;
                pb[17] = (byte) p.innerSize;
                System.arraycopy(p.salt, 0, pb, 32, p.salt.length);
                System.arraycopy(p.person, 0, pb, 48, p.person.length);
            } else {
                for (int i = 0; i < 6; i++) {
                    pb[8 + i] = (byte) (p.nodeOffset >>> (8 * i));
                }
                pb[14] = (byte) p.nodeDepth;
                pb[15] = (byte) p.innerSize;
                System.arraycopy(p.salt, 0, pb, 16, p.salt.length);
                System.arraycopy(p.person, 0, pb, 24, p.person.length);
            }
            int w = big ? 8 : 4;
            for (int i = 0; i < 8; i++) {
                long v = 0;
                for (int k = w - 1; k >= 0; k--) {
                    v = (v << 8) | (pb[w * i + k] & 0xff);
                }
                h[i] = big ? IV64[i] ^ v : ((IV64[i] >>> 32) ^ v) & 0xffffffffL;
            }
            if (p.key.length > 0) {
                byte[] kb = java.util.Arrays.copyOf(p.key, blockSize);
                update(kb, 0, kb.length);
            }
        }

        private Blake2(Blake2 o) {
            super(o.name, o.digestSize, o.blockSize);
            big = o.big;
            System.arraycopy(o.h, 0, h, 0, 8);
            buf = o.buf.clone();
            pos = o.pos;
            t0 = o.t0;
            t1 = o.t1;
            lastNode = o.lastNode;
        }

        private long rotr(long x, int n) {
            return big ? Long.rotateRight(x, n) : Integer.rotateRight((int) x, n) & 0xffffffffL;
        }

        private long add(long a, long b) {
            return big ? a + b : (a + b) & 0xffffffffL;
        }

        private void g(long[] v, int a, int b, int c, int d, long x, long y) {
            int r1 = big ? 32 : 16, r2 = big ? 24 : 12, r3 = big ? 16 : 8, r4 = big ? 63 : 7;
            v[a] = add(add(v[a], v[b]), x);
            v[d] = rotr(v[d] ^ v[a], r1);
            v[c] = add(v[c], v[d]);
            v[b] = rotr(v[b] ^ v[c], r2);
            v[a] = add(add(v[a], v[b]), y);
            v[d] = rotr(v[d] ^ v[a], r3);
            v[c] = add(v[c], v[d]);
            v[b] = rotr(v[b] ^ v[c], r4);
        }

        private void compress(long[] hh, byte[] block, long c0, long c1, boolean last) {
            int w = big ? 8 : 4;
            long[] m = new long[16];
            for (int i = 0; i < 16; i++) {
                long v = 0;
                for (int k = w - 1; k >= 0; k--) {
                    v = (v << 8) | (block[w * i + k] & 0xff);
                }
                m[i] = v;
            }
            long[] v = new long[16];
            System.arraycopy(hh, 0, v, 0, 8);
            for (int i = 0; i < 8; i++) {
                v[8 + i] = big ? IV64[i] : IV64[i] >>> 32;
            }
            v[12] ^= c0;
            v[13] ^= c1;
            long ones = big ? -1L : 0xffffffffL;
            if (last) {
                v[14] ^= ones;
            }
            if (last && lastNode) {
                v[15] ^= ones;
            }
            int rounds = big ? 12 : 10;
            for (int r = 0; r < rounds; r++) {
                int[] s = SIGMA[r % 10];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                hh[i] ^= v[i] ^ v[i + 8];
            }
        }

        private void count(int n) {
            if (big) {
                long old = t0;
                t0 += n;
                if (Long.compareUnsigned(t0, old) < 0) {
                    t1++;
                }
            } else {
                t0 += n;
                if (t0 > 0xffffffffL) {
                    t0 &= 0xffffffffL;
                    t1++;
                }
            }
        }

        @Override
        void update(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (pos == blockSize) {
                    count(blockSize);
                    compress(h, buf, t0, t1, false);
                    pos = 0;
                }
                buf[pos++] = b[i];
            }
        }

        @Override
        byte[] digest(int len) {
            long[] hh = h.clone();
            long c0 = t0, c1 = t1;
            if (big) {
                long old = c0;
                c0 += pos;
                if (Long.compareUnsigned(c0, old) < 0) {
                    c1++;
                }
            } else {
                c0 += pos;
                if (c0 > 0xffffffffL) {
                    c0 &= 0xffffffffL;
                    c1++;
                }
            }
            byte[] last = java.util.Arrays.copyOf(buf, blockSize);
            java.util.Arrays.fill(last, pos, blockSize, (byte) 0);
            compress(hh, last, c0, c1, true);
            int w = big ? 8 : 4;
            byte[] out = new byte[digestSize];
            for (int i = 0; i < digestSize; i++) {
                out[i] = (byte) (hh[i / w] >>> (8 * (i % w)));
            }
            return out;
        }

        @Override
        Digests copy() {
            return new Blake2(this);
        }
    }
}
