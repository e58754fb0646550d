package org.stmj.python.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The programs the interpreter is known not to pass yet, read from {@code golden/KNOWN_FAILURES.txt}: one
 * relative path per line ({@code area/name.py}), optionally followed by {@code # reason}; blank lines and
 * lines starting with {@code #} are ignored.
 */
final class KnownFailures {
    private final Map<String, String> reasons;

    private KnownFailures(Map<String, String> reasons) {
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    static KnownFailures load(Path file) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try {
                for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String line = raw.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int hash = line.indexOf('#');
                    String path = (hash < 0 ? line : line.substring(0, hash)).strip().replace('\\', '/');
                    String reason = hash < 0 ? "no reason given" : line.substring(hash + 1).strip();
                    reasons.put(path, reason);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownFailures(reasons);
    }

    /** The reason {@code relativePath} is listed, or {@code null} when it is expected to pass. */
    String reason(String relativePath) {
        return reasons.get(relativePath);
    }

    Map<String, String> all() {
        return reasons;
    }
}
