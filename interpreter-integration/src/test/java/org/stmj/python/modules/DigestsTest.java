package org.stmj.python.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interpreter's own hash algorithms (Keccak sponge, BLAKE2) against the JDK and RFC 7693's test vectors. */
class DigestsTest {
    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }

    @Test
    void whenKeccakUsesSha3Padding_thenItMatchesTheJdkSha3OnRandomInputs() throws Exception {
        Random rnd = new Random(7);
        for (int len : new int[] {0, 1, 135, 136, 137, 500, 1000}) {
            byte[] in = new byte[len];
            rnd.nextBytes(in);
            Digests.Keccak k = new Digests.Keccak("sha3_256", 136, 32, (byte) 0x06);
            k.update(in, 0, in.length);
            assertArrayEquals(MessageDigest.getInstance("SHA3-256").digest(in), k.digest(0), "length " + len);
        }
    }

    @Test
    void whenShakeIsAsked_thenItGivesTheFips202Vectors() {
        Digests d = Digests.create("shake_128");
        assertEquals("7f9c2ba4e88f827d616045507605853e", hex(d.digest(16)));
        Digests e = Digests.create("shake_256");
        e.update("abc".getBytes(), 0, 3);
        assertEquals("483366601360a8771c6863080cc4114d", hex(e.digest(16)));
    }

    @Test
    void whenBlake2HashesAbc_thenItGivesTheRfc7693Vectors() {
        Digests.Blake2Params p = new Digests.Blake2Params();
        p.digestSize = 64;
        Digests b = new Digests.Blake2(true, p);
        b.update("abc".getBytes(), 0, 3);
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", hex(b.digest(0)));
        Digests.Blake2Params q = new Digests.Blake2Params();
        q.digestSize = 32;
        Digests s = new Digests.Blake2(false, q);
        s.update("abc".getBytes(), 0, 3);
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", hex(s.digest(0)));
    }

    @Test
    void whenHasherCopied_thenTheCopyIsIndependent() {
        for (String n : new String[] {"md5", "sha256", "shake_128"}) {
            Digests a = Digests.create(n);
            a.update(new byte[] {1, 2, 3}, 0, 3);
            Digests c = a.copy();
            c.update(new byte[] {4}, 0, 1);
            assertNotEquals(hex(a.digest(16)), hex(c.digest(16)), n);
            a.update(new byte[] {4}, 0, 1);
            assertEquals(hex(a.digest(16)), hex(c.digest(16)), n);
        }
    }
}
