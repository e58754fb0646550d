package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static CommandLine parse(Map<String, String> env, String... args) throws CommandLine.Bad {
        return CommandLine.parse(args, env);
    }

    @Test
    void whenShortOptionsGrouped_thenEachAppliesAndCTakesTheRest() throws Exception {
        CommandLine c = parse(Map.of(), "-uBOOc", "print(1)", "x");
        assertTrue(c.unbuffered);
        assertTrue(c.dontWriteBytecode);
        assertEquals(2, c.optimize);
        assertEquals("print(1)", c.code);
        assertArrayEquals(new String[] {"x"}, c.rest);
    }

    @Test
    void whenOptionArgumentAttachedOrNextWord_thenBothAreRead() throws Exception {
        CommandLine c = parse(Map.of(), "-Werror", "-W", "ignore::DeprecationWarning", "-Xdev", "-X", "a=b", "s.py");
        assertEquals(List.of("error", "ignore::DeprecationWarning"), c.warnOptions);
        assertEquals(List.of("dev", "a=b"), c.xOptions);
        assertEquals("s.py", c.script);
    }

    @Test
    void whenScriptNamed_thenLaterOptionsBelongToTheScript() throws Exception {
        CommandLine c = parse(Map.of(), "-u", "s.py", "-u", "-c", "x");
        assertEquals("s.py", c.script);
        assertNull(c.code);
        assertArrayEquals(new String[] {"-u", "-c", "x"}, c.rest);
    }

    @Test
    void whenDoubleDash_thenTheNextWordIsTheScriptEvenIfItLooksLikeAnOption() throws Exception {
        CommandLine c = parse(Map.of(), "--", "-odd.py", "a");
        assertEquals("-odd.py", c.script);
        assertArrayEquals(new String[] {"a"}, c.rest);
    }

    @Test
    void whenEnvironmentSet_thenItCountsAndItsWarningsComeBeforeTheCommandLines() throws Exception {
        Map<String, String> env = Map.of("PYTHONUNBUFFERED", "1", "PYTHONWARNINGS", "ignore, default::UserWarning",
                "PYTHONOPTIMIZE", "2", "PYTHONDONTWRITEBYTECODE", "x");
        CommandLine c = parse(env, "-W", "error", "-c", "pass");
        assertTrue(c.unbuffered);
        assertTrue(c.dontWriteBytecode);
        assertEquals(2, c.optimize);
        assertEquals(List.of("ignore", "default::UserWarning", "error"), c.warnOptions);
    }

    @Test
    void whenIgnoreEnvironmentOrIsolated_thenEnvironmentDoesNotCount() throws Exception {
        Map<String, String> env = Map.of("PYTHONUNBUFFERED", "1", "PYTHONWARNINGS", "ignore");
        for (String opt : new String[] {"-E", "-I"}) {
            CommandLine c = parse(env, opt, "-c", "pass");
            assertFalse(c.unbuffered, opt);
            assertEquals(List.of(), c.warnOptions, opt);
        }
        CommandLine i = parse(Map.of(), "-I", "-c", "pass");
        assertTrue(i.isolated && i.safePath && i.noUserSite);
    }

    @Test
    void whenEmptyEnvironmentValue_thenItIsUnset() throws Exception {
        assertFalse(parse(Map.of("PYTHONUNBUFFERED", ""), "-c", "pass").unbuffered);
    }

    @Test
    void whenUnknownOptionOrMissingArgument_thenBadWithCPythonsMessage() {
        assertEquals("Unknown option: -z",
                assertThrows(CommandLine.Bad.class, () -> parse(Map.of(), "-z")).getMessage());
        assertEquals("unknown option --frob",
                assertThrows(CommandLine.Bad.class, () -> parse(Map.of(), "--frob")).getMessage());
        assertEquals("Argument expected for the -W option",
                assertThrows(CommandLine.Bad.class, () -> parse(Map.of(), "-W")).getMessage());
        assertEquals("Argument expected for the -c option",
                assertThrows(CommandLine.Bad.class, () -> parse(Map.of(), "-uc")).getMessage());
    }

    @Test
    void whenHelpOrVersion_thenFlagged() throws Exception {
        assertTrue(parse(Map.of(), "-h").help);
        assertTrue(parse(Map.of(), "--help").help);
        assertEquals(2, parse(Map.of(), "-VV").version);
        assertEquals(1, parse(Map.of(), "--version").version);
    }
}
