package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/**
 * list.sort's algorithm: CPython 3.11's adaptive merge sort (Tim Peters' timsort with the powersort merge policy,
 * described in CPython's Objects/listsort.txt), written from that description. It makes the same comparisons in the
 * same order as CPython's, so a program that counts its {@code __lt__} calls, or sorts with an inconsistent
 * {@code __lt__} (NaNs, random answers), gets CPython's count and CPython's order; and it inherits its economy:
 * n - 1 comparisons for sorted or strictly descending input, galloping merges for runs of very different sizes.
 *
 * <p>Keys are compared by Python's {@code <} only; when every key is an exact int that fits a long, an exact float
 * or an exact str, by the machine comparison with the same result (the pre-check of CPython's sort). If a
 * comparison raises, the arrays hold a permutation of their elements (nothing lost or duplicated), partly sorted,
 * as CPython leaves the list.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;
    private static final int GENERIC = 0;
    private static final int LONGS = 1;
    private static final int DOUBLES = 2;
    private static final int STRINGS = 3;

    private final ThreadState ts;
    /** The keys being sorted, and the values moved in lockstep with them (null without a key function). */
    private final PyObject[] keys;
    private final PyObject[] values;
    private final int listlen;
    private final int mode;
    private int minGallop = MIN_GALLOP;
    /** Scratch for merges: copies of the smaller run's keys and values. */
    private PyObject[] tmpKeys;
    private PyObject[] tmpValues;
    /** The stack of runs not yet merged: start, length and power. */
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private final int[] runPower = new int[85];
    private int runs;

    private ListSort(ThreadState ts, PyObject[] keys, PyObject[] values, int n) {
        this.ts = ts;
        this.keys = keys;
        this.values = values;
        this.listlen = n;
        this.mode = modeOf(keys, n);
    }

    /**
     * Sorts the first {@code n} of {@code keys} (and of {@code values} with them, when not null) in place,
     * stably. A comparison's exception propagates with both arrays a permutation of what they held.
     */
    static void sort(ThreadState ts, PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) {
            return;
        }
        new ListSort(ts, keys, values, n).run();
    }

    private static int modeOf(PyObject[] keys, int n) {
        Class<?> c = keys[0].getClass();
        if (c == PyInt.class) {
            for (int i = 0; i < n; i++) {
                PyObject k = keys[i];
                if (k.getClass() != PyInt.class || !((PyInt) k).isSmall()) {
                    return GENERIC;
                }
            }
            return LONGS;
        }
        if (c == PyFloat.class || c == PyStr.class) {
            for (int i = 0; i < n; i++) {
                if (keys[i].getClass() != c) {
                    return GENERIC;
                }
            }
            return c == PyFloat.class ? DOUBLES : STRINGS;
        }
        return GENERIC;
    }

    /** Python's {@code a < b} on two keys. */
    private boolean lt(PyObject a, PyObject b) {
        switch (mode) {
            case LONGS:
                return ((PyInt) a).v < ((PyInt) b).v;
            case DOUBLES:
                return ((PyFloat) a).v < ((PyFloat) b).v;
            case STRINGS:
                return PyStr.compare(((PyStr) a).value(), ((PyStr) b).value()) < 0;
            default:
                return Ops.compare(ts, a, b, Ops.LT);
        }
    }

    private void run() {
        int lo = 0;
        int remaining = listlen;
        int minrun = minrun(remaining);
        do {
            int n = countRun(lo, remaining);
            if (n < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[runs] = lo;
            runLen[runs] = n;
            runs++;
            lo += n;
            remaining -= n;
        } while (remaining != 0);
        while (runs > 1) {
            int n = runs - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void reverse(int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) {
            reverse(values, lo, hi);
        }
    }

    /** Reverses {@code a[lo, hi)} in place. */
    static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * The length of the run at {@code lo} (at most {@code remaining}): a non-descending one, or a strictly
     * descending one, which is reversed in place.
     */
    private int countRun(int lo, int remaining) {
        if (remaining == 1) {
            return 1;
        }
        int n = 2;
        if (lt(keys[lo + 1], keys[lo])) {
            while (n < remaining && lt(keys[lo + n], keys[lo + n - 1])) {
                n++;
            }
            reverse(lo, lo + n);
        } else {
            while (n < remaining && !lt(keys[lo + n], keys[lo + n - 1])) {
                n++;
            }
        }
        return n;
    }

    /** Binary insertion sort of [lo, hi), of which [lo, start) is already sorted. */
    private void binarySort(int lo, int hi, int start) {
        if (start == lo) {
            start++;
        }
        for (; start < hi; start++) {
            PyObject pivot = keys[start];
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    /** The powersort policy: merge the runs on the stack deeper than the boundary the new run of n2 makes. */
    private void foundNewRun(int n2) {
        if (runs == 0) {
            return;
        }
        int power = power(runBase[runs - 1], runLen[runs - 1], n2, listlen);
        while (runs > 1 && runPower[runs - 2] > power) {
            mergeAt(runs - 2);
        }
        runPower[runs - 1] = power;
    }

    /** The depth in the ideal merge tree of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2). */
    private static int power(long s1, long n1, long n2, long n) {
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        int result = 0;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** Merges the runs at stack positions i and i + 1. */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLen[i];
        int baseB = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        // where b's first element goes in a: what comes before is in place
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        // where a's last element goes in b: what comes after is in place
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    /**
     * The k in 0..n with a[base+k-1] < key <= a[base+k], searching from {@code hint} outwards (leftmost place for
     * key among equals).
     */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[base + hint - ofs], key)) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int t = lastofs;
            lastofs = hint - ofs;
            ofs = hint - t;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** As {@link #gallopLeft}, but the rightmost place for key among equals: a[base+k-1] <= key < a[base+k]. */
    private int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int t = lastofs;
            lastofs = hint - ofs;
            ofs = hint - t;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint + ofs])) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTmp(int need) {
        if (tmpKeys == null || tmpKeys.length < need) {
            int size = Math.max(need, Math.min(listlen, 256));
            tmpKeys = new PyObject[size];
            tmpValues = values != null ? new PyObject[size] : null;
        }
    }

    /** Moves one element (key and value) from position si of (sk, sv) to position di of the arrays being sorted. */
    private void put(int di, PyObject[] sk, PyObject[] sv, int si) {
        keys[di] = sk[si];
        if (values != null) {
            values[di] = sv[si];
        }
    }

    /** Copies n elements (keys and values) from position si of (sk, sv) to position di of (dk, dv). */
    private static void copy(PyObject[] sk, PyObject[] sv, int si, PyObject[] dk, PyObject[] dv, int di, int n) {
        System.arraycopy(sk, si, dk, di, n);
        if (sv != null) {
            System.arraycopy(sv, si, dv, di, n);
        }
    }

    /**
     * Merges the adjacent runs [a, a+na) and [b, b+nb) (b == a + na, na <= nb, a's first element belongs first
     * and its last after b's last... as merge_at established) from the left, with a's run copied out.
     */
    private void mergeLo(int a, int na, int b, int nb) {
        ensureTmp(na);
        PyObject[] tk = tmpKeys;
        PyObject[] tv = tmpValues;
        copy(keys, values, a, tk, tv, 0, na);
        int dest = a;
        int pa = 0;
        int pb = b;
        try {
            put(dest, keys, values, pb);
            dest++;
            pb++;
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyB(dest, pb, nb, tk, tv, pa);
                na = 0;
                return;
            }
            int mg = minGallop;
            outer:
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lt(keys[pb], tk[pa])) {
                        put(dest, keys, values, pb);
                        dest++;
                        pb++;
                        bcount++;
                        acount = 0;
                        if (--nb == 0) {
                            break outer;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    } else {
                        put(dest, tk, tv, pa);
                        dest++;
                        pa++;
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyB(dest, pb, nb, tk, tv, pa);
                            na = 0;
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[pb], tk, pa, na, 0);
                    acount = k;
                    if (k != 0) {
                        copy(tk, tv, pa, keys, values, dest, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1) {
                            copyB(dest, pb, nb, tk, tv, pa);
                            na = 0;
                            return;
                        }
                        if (na == 0) {
                            break outer;
                        }
                    }
                    put(dest, keys, values, pb);
                    dest++;
                    pb++;
                    if (--nb == 0) {
                        break outer;
                    }
                    k = gallopLeft(tk[pa], keys, pb, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        copy(keys, values, pb, keys, values, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    put(dest, tk, tv, pa);
                    dest++;
                    pa++;
                    if (--na == 1) {
                        copyB(dest, pb, nb, tk, tv, pa);
                        na = 0;
                                return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            // success or a comparison's exception: what is left of a's run fills the hole
            if (na != 0) {
                copy(tk, tv, pa, keys, values, dest, na);
            }
        }
    }

    /** mergeLo's end when one element of a is left: b's rest, then that element (it belongs last). */
    private void copyB(int dest, int pb, int nb, PyObject[] tk, PyObject[] tv, int pa) {
        copy(keys, values, pb, keys, values, dest, nb);
        keys[dest + nb] = tk[pa];
        if (values != null) {
            values[dest + nb] = tv[pa];
        }
    }

    /** Merges [a, a+na) and [b, b+nb) (na >= nb) from the right, with b's run copied out. */
    private void mergeHi(int a, int na, int b, int nb) {
        ensureTmp(nb);
        PyObject[] tk = tmpKeys;
        PyObject[] tv = tmpValues;
        copy(keys, values, b, tk, tv, 0, nb);
        int dest = b + nb - 1;
        int pa = a + na - 1; // the last of a's remaining elements
        int pb = nb - 1; // the last of b's remaining elements, in tk
        try {
            put(dest, keys, values, pa);
            dest--;
            pa--;
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA(dest, pa, na, tk, tv, pb);
                nb = 0;
                return;
            }
            int mg = minGallop;
            outer:
            for (;;) {
                int acount = 0;
                int bcount = 0;
                for (;;) {
                    if (lt(tk[pb], keys[pa])) {
                        put(dest, keys, values, pa);
                        dest--;
                        pa--;
                        acount++;
                        bcount = 0;
                        if (--na == 0) {
                            break outer;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    } else {
                        put(dest, tk, tv, pb);
                        dest--;
                        pb--;
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyA(dest, pa, na, tk, tv, pb);
                            nb = 0;
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(tk[pb], keys, a, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        pa -= k;
                        copy(keys, values, pa + 1, keys, values, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            break outer;
                        }
                    }
                    put(dest, tk, tv, pb);
                    dest--;
                    pb--;
                    if (--nb == 1) {
                        copyA(dest, pa, na, tk, tv, pb);
                        nb = 0;
                                return;
                    }
                    k = gallopLeft(keys[pa], tk, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        pb -= k;
                        copy(tk, tv, pb + 1, keys, values, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA(dest, pa, na, tk, tv, pb);
                            nb = 0;
                            return;
                        }
                        if (nb == 0) {
                            break outer;
                        }
                    }
                    put(dest, keys, values, pa);
                    dest--;
                    pa--;
                    if (--na == 0) {
                        break outer;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            // success or a comparison's exception: what is left of b's run fills the hole
            if (nb != 0) {
                copy(tk, tv, 0, keys, values, dest - (nb - 1), nb);
            }
        }
    }

    /** mergeHi's end when one element of b is left: a's rest moves right, that element goes first. */
    private void copyA(int dest, int pa, int na, PyObject[] tk, PyObject[] tv, int pb) {
        dest -= na;
        pa -= na;
        copy(keys, values, pa + 1, keys, values, dest + 1, na);
        put(dest, tk, tv, pb);
    }
}
