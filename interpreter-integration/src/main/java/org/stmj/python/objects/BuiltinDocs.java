package org.stmj.python.objects;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The docstrings of the builtins functions ({@code len.__doc__}) and of the built-in types ({@code int.__doc__}),
 * as CPython 3.11 has them, read once from the resource {@code builtin-docs.txt} beside this class.
 */
final class BuiltinDocs {
    private BuiltinDocs() {
    }

    /** Function docs by name and type docs by name, filled once by the class initialiser, never written after. */
    private static final Map<String, String> FUNCTIONS = new HashMap<>();
    private static final Map<String, String> TYPES = new HashMap<>();

    static {
        try (InputStream in = BuiltinDocs.class.getResourceAsStream("builtin-docs.txt")) {
            if (in != null) {
                parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // no docs: __doc__ stays None
        }
    }

    private static void parse(String text) {
        int at = text.indexOf("@@ ");
        while (at >= 0) {
            int eol = text.indexOf('\n', at);
            String[] head = text.substring(at + 3, eol).split(" ");
            int next = text.indexOf("\n@@ ", eol);
            String doc = next < 0 ? text.substring(eol + 1, text.endsWith("\n") ? text.length() - 1 : text.length())
                    : text.substring(eol + 1, next);
            (head[0].equals("type") ? TYPES : FUNCTIONS).put(head[1], doc);
            at = next < 0 ? -1 : next + 1;
        }
    }

    /** The docstring of the builtins function {@code name}, or null. */
    static String function(String name) {
        return FUNCTIONS.get(name);
    }

    /** The docstring of a built-in (non-heap) type of the builtins module, or null (then its __doc__ is None). */
    static String type(PyType t) {
        return t.heap || !"builtins".equals(t.module()) ? null : TYPES.get(t.name);
    }
}
