package org.stmj.python.objects;

import java.util.ArrayList;
import java.util.List;

/** C3 linearisation of a class hierarchy (the MRO). Used only while a class is being created. */
final class C3 {
    private C3() {
    }

    static PyType[] mro(PyType cls, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Py.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(cls);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType h = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(h) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = h;
                    break;
                }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder(
                        "Cannot create a consistent method resolution\norder (MRO) for bases");
                // CPython's set_mro_error: the heads of the sequences left to merge, each once, in order
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    if (!heads.contains(s.get(0))) {
                        heads.add(s.get(0));
                    }
                }
                for (int i = 0; i < heads.size(); i++) {
                    sb.append(i == 0 ? " " : ", ").append(heads.get(i).name);
                }
                throw Py.typeError(sb.toString());
            }
            out.add(cand);
            for (List<PyType> s : seqs) {
                if (s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
    }
}
