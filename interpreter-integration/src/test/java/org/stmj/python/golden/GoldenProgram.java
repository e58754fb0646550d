package org.stmj.python.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One golden program and what CPython 3.11 did with it, as written by {@code scripts/regen-golden.sh}:
 * {@code name.py} with {@code name.out} (stdout), optional {@code name.err} (last non-empty stderr line),
 * optional {@code name.exit} (non-zero exit code), and the hand-written optional {@code name.in} (stdin) and
 * {@code name.timeout} (seconds: a program whose own work is slow, e.g. many full collections, may run that long
 * when it is longer than the suite's timeout).
 */
record GoldenProgram(String relativePath, Path script) {

    Path sibling(String extension) {
        String file = script.getFileName().toString();
        return script.resolveSibling(file.substring(0, file.length() - ".py".length()) + extension);
    }

    /** Expected stdout, or empty when the program has never been regenerated. */
    Optional<String> expectedStdout() {
        return read(sibling(".out"));
    }

    /** Expected last non-empty stderr line, when CPython wrote anything to stderr. */
    Optional<String> expectedLastStderrLine() {
        return read(sibling(".err")).map(String::strip);
    }

    int expectedExitCode() {
        Optional<String> text = read(sibling(".exit"));
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("bad exit code file " + sibling(".exit") + ": " + text.get().strip());
        }
    }

    /** The seconds this program may run: its {@code .timeout} file when that allows more than the suite's. */
    long timeoutSeconds(long suiteSeconds) {
        Optional<String> text = read(sibling(".timeout"));
        if (text.isEmpty()) {
            return suiteSeconds;
        }
        try {
            return Math.max(suiteSeconds, Long.parseLong(text.get().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("bad timeout file " + sibling(".timeout") + ": " + text.get().strip());
        }
    }

    byte[] stdin() {
        Path in = sibling(".in");
        try {
            return Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last line of {@code text} that is not blank, stripped of surrounding white space. */
    static String lastNonEmptyLine(String text) {
        String[] lines = text.split("\r?\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }
}
