package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sys.stdout} and {@code sys.stdout.buffer} are CPython's two layers: on a pipe, bytes written to the buffer
 * come out before text still pending in the text layer, unless the text was flushed; under {@code -u}
 * ({@code PYTHONUNBUFFERED}) both write through, in order, and the buffer is the FileIO. Run in a JVM of its own,
 * where the environment and a real pipe decide the buffering, as {@code bin/stmpy} runs.
 */
class ConsoleBufferOrderTest {
    private static final String PROGRAM = "import sys\nprint('a')\nsys.stdout.buffer.write(b'b\\n')\n"
            + "print('c', flush=True)\nsys.stdout.buffer.write(b'd\\n')\nprint('e')\nsys.stdout.buffer.flush()\n"
            + "print(type(sys.stdout.buffer).__name__)\n";

    @TempDir
    Path dir;

    private String run(boolean unbuffered) throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, PROGRAM);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), file.toString());
        pb.environment().remove("PYTHONUNBUFFERED");
        if (unbuffered) {
            pb.environment().put("PYTHONUNBUFFERED", "1");
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectErrorStream(true);
        Process pr = pb.start();
        byte[] out = pr.getInputStream().readAllBytes();
        if (!pr.waitFor(60, TimeUnit.SECONDS)) {
            pr.destroyForcibly().waitFor();
            throw new AssertionError("timed out");
        }
        assertEquals(0, pr.exitValue());
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void whenBufferedOnAPipe_thenBufferBytesPassTextStillPendingInTheTextLayer() throws Exception {
        assertEquals("b\na\nc\nd\ne\nBufferedWriter\n", run(false));
    }

    @Test
    void whenUnbuffered_thenEveryWriteComesOutInOrderAndTheBufferIsTheFileIO() throws Exception {
        assertEquals("a\nb\nc\nd\ne\nFileIO\n", run(true));
    }
}
