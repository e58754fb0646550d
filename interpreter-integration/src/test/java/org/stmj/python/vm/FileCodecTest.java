package org.stmj.python.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stmj.python.objects.PyException;

/** Python codec names, BOMs, error handlers and tell()'s byte lengths of the codec of open()'s text files. */
class FileCodecTest {

    @Test
    void whenTheNameIsAPythonAlias_thenItMapsToTheJavaCharset() {
        assertEquals(StandardCharsets.ISO_8859_1, FileCodec.lookup("Latin_1", "strict").cs);
        assertEquals(StandardCharsets.US_ASCII, FileCodec.lookup("ascii", "strict").cs);
        assertEquals("windows-1252", FileCodec.lookup("cp1252", "strict").cs.name());
    }

    @Test
    void whenTheEncodingIsUnknown_thenLookupErrorNamesIt() {
        PyException e = assertThrows(PyException.class, () -> FileCodec.lookup("nope", "strict"));
        assertEquals("LookupError", e.exc.type().name);
    }

    @Test
    void whenUtf16StartsAFile_thenTheLittleEndianBomComesFirstAndIsSkippedOnRead() {
        FileCodec c = FileCodec.lookup("utf-16", "strict");
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE}, c.bomBytes());
        byte[] b = {(byte) 0xFE, (byte) 0xFF, 0, 'h'};
        int skip = c.bomLength(b, 0, b.length);
        assertEquals("h", c.decode(b, skip, b.length - skip, c.readCharset(b, 0, b.length)));
    }

    @Test
    void whenDecodingBadBytes_thenEachHandlerGivesCPythonsText() {
        byte[] b = {'a', (byte) 0xE9, 'b'};
        assertEquals("a\uFFFDb", FileCodec.lookup("ascii", "replace").decode(b, 0, 3, StandardCharsets.US_ASCII));
        assertEquals("ab", FileCodec.lookup("ascii", "ignore").decode(b, 0, 3, StandardCharsets.US_ASCII));
        assertEquals("a\\xe9b", FileCodec.lookup("ascii", "backslashreplace").decode(b, 0, 3,
                StandardCharsets.US_ASCII));
        assertEquals("a\uDCE9b", FileCodec.lookup("ascii", "surrogateescape").decode(b, 0, 3,
                StandardCharsets.US_ASCII));
    }

    @Test
    void whenEncodingUnmappableChars_thenEachHandlerGivesCPythonsBytes() {
        assertArrayEquals("caf?".getBytes(StandardCharsets.US_ASCII),
                FileCodec.lookup("ascii", "replace").encode("caf\u00e9"));
        assertArrayEquals("caf\\xe9".getBytes(StandardCharsets.US_ASCII),
                FileCodec.lookup("ascii", "backslashreplace").encode("caf\u00e9"));
        assertArrayEquals(new byte[] {'a', (byte) 0xE9},
                FileCodec.lookup("ascii", "surrogateescape").encode("a\uDCE9"));
    }

    @Test
    void whenMeasuringUtf8Text_thenTheByteLengthCountsMultiByteChars() {
        String s = "h\u00e9\u20ac\uD83D\uDE00";
        assertEquals(s.getBytes(StandardCharsets.UTF_8).length, FileCodec.UTF8.byteLen(s, 0, s.length()));
        assertEquals(8, FileCodec.lookup("utf-32-le", "strict").byteLen(s, 0, 3) - 4);
    }
}
