package org.stmj.python.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** zlib's checksums and the gzip container written by the module, checked against java.util.zip. */
class ZlibModuleTest {
    @Test
    void whenChecksumsContinueFromAPreviousValue_thenTheyEqualTheWholeChecksum() {
        byte[] data = new byte[10000];
        new Random(3).nextBytes(data);
        CRC32 crc = new CRC32();
        crc.update(data);
        Adler32 ad = new Adler32();
        ad.update(data);
        long c = ZlibModule.crc32(ZlibModule.crc32(0, data, 0, 4000), data, 4000, 6000);
        long a = ZlibModule.adler32(ZlibModule.adler32(1, data, 0, 4000), data, 4000, 6000);
        assertEquals(crc.getValue(), c);
        assertEquals(ad.getValue(), a);
    }

    @Test
    void whenCompressedWithGzipWbits_thenGzipInputStreamReadsItBack() throws Exception {
        byte[] data = "gzip container written by the zlib module ".repeat(50).getBytes();
        byte[] gz = ZlibModule.compress(data, 6, 31, null);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertArrayEquals(data, in.readAllBytes());
        }
    }

    @Test
    void whenDecompressingWithAutoDetection_thenBothContainersDecode() {
        byte[] data = "auto-detected header ".repeat(20).getBytes();
        assertArrayEquals(data, ZlibModule.decompress(ZlibModule.compress(data, 9, 31, null), 47, 16384, null));
        assertArrayEquals(data, ZlibModule.decompress(ZlibModule.compress(data, 1, 15, null), 47, 16384, null));
        assertArrayEquals(data, ZlibModule.decompress(ZlibModule.compress(data, -1, -15, null), -15, 16384, null));
    }
}
