package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file: keys, member syntax, one-line errors. */
class ConfigTest {
    @TempDir
    Path tmp;

    private static Config of(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return Config.of(p);
    }

    @Test
    void whenMembersAreNamed_thenTheyAreMatchedByInternalOwnerAndName() {
        Config c = of("transform", "com.acme.,org.x.Y", "boundary", "com.acme.Vm#tick", "confined",
                "com.acme.Frame.cache", "exclude", "com.acme.gen.");
        assertTrue(c.selects("com/acme/Vm"));
        assertTrue(c.selects("org/x/Y$Inner"));
        assertTrue(c.excludes("com/acme/gen/Parser"));
        assertTrue(c.excludes("java/lang/String"));
        assertFalse(c.excludes("com/acme/Vm"));
        assertTrue(c.isBoundary("com/acme/Vm", "tick"));
        assertTrue(c.isConfined("com/acme/Frame", "cache"));
    }

    @Test
    void whenConfinementKeysAreGiven_thenClassesAndArrayFieldsAreMatchedAndSurviveWith() {
        Config c = of("transform", "com.acme.", "confinedClasses", "com.acme.Frame, com.acme.Vm$State",
                "confinedArrays", "com.acme.Frame.stack", "immutableArrays", "com.acme.Code.consts")
                .with("verbose", "true");
        assertTrue(c.isConfinedClass("com/acme/Frame"));
        assertTrue(c.isConfinedClass("com/acme/Vm$State"));
        assertFalse(c.isConfinedClass("com/acme/Code"));
        assertTrue(c.isConfinedArray("com/acme/Frame", "stack"));
        assertFalse(c.isConfinedArray("com/acme/Frame", "fast"));
        assertTrue(c.isImmutableArray("com/acme/Code", "consts"));
        ConfigException e = assertThrows(ConfigException.class, () -> of("confinedClasses", "com.acme."));
        assertEquals("confinedClasses: 'com.acme.' is not a class name", e.getMessage());
        assertThrows(ConfigException.class, () -> of("immutableArrays", "Code"));
    }

    @Test
    void whenALoopPositionIsNamed_thenItsParameterIndicesAreReadAndSurviveWith() {
        Config c = of("loopPosition", "com.acme.Vm#loop:2:3:4").with("verbose", "true");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {2, 3, 4}, c.loopPosition("com/acme/Vm", "loop"));
        assertEquals(null, c.loopPosition("com/acme/Vm", "step"));
        ConfigException e = assertThrows(ConfigException.class, () -> of("loopPosition", "com.acme.Vm#loop:2:3"));
        assertEquals("loopPosition: 'com.acme.Vm#loop:2:3' is not of the form pkg.Class#method:w:a:b", e.getMessage());
        assertThrows(ConfigException.class, () -> of("loopPosition", "com.acme.Vm#loop:f:pc:sp"));
    }

    @Test
    void whenASplitHookGuardIsNamed_thenItIsReadAndSurvivesWith_andNeedsAHook() {
        Config c = of("splitHook", "com.acme.Sig#atSplit", "splitHookGuard", "com.acme.Sig.wanted")
                .with("verbose", "true");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {"com/acme/Sig", "atSplit"}, c.splitHook());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new String[] {"com/acme/Sig", "wanted"},
                c.splitHookGuard());
        assertEquals(null, of("splitHook", "com.acme.Sig#atSplit").splitHookGuard());
        ConfigException e = assertThrows(ConfigException.class, () -> of("splitHookGuard", "com.acme.Sig.wanted"));
        assertEquals("splitHookGuard: one static int field, and only with a splitHook", e.getMessage());
    }

    @Test
    void whenTransformKeyIsAbsent_thenEveryClassButTheJdksAndTheStmsIsSelected() {
        Config c = of("exclude", "com.acme.gen.");
        assertTrue(c.transformsAll());
        assertTrue(c.selects("com/acme/Vm"));
        assertTrue(c.excludes("com/acme/gen/Parser"));
        assertTrue(c.excludes("java/util/HashMap"));
        assertTrue(c.excludes("org/stmj/core/Txn"));
        assertTrue(c.excludes("org/stmj/transform/agent/StmAgent"));
        assertFalse(c.excludes("org/stmj/transform/fixtures/Bank"));
        assertFalse(of("transform", "com.acme.").transformsAll());
        assertTrue(c.with("verbose", "true").transformsAll());
    }

    @Test
    void whenKeyIsUnknown_thenOneLineErrorNamesIt() {
        ConfigException e = assertThrows(ConfigException.class, () -> of("boundry", "a.B#c"));
        assertTrue(e.getMessage().startsWith("unknown key 'boundry'"), e.getMessage());
    }

    @Test
    void whenMemberIsMalformed_thenOneLineErrorShowsTheForm() {
        ConfigException e = assertThrows(ConfigException.class, () -> of("boundary", "com.acme.Vm.tick"));
        assertEquals("boundary: 'com.acme.Vm.tick' is not of the form pkg.Class#method", e.getMessage());
        assertThrows(ConfigException.class, () -> of("verbose", "yes"));
        assertThrows(ConfigException.class, () -> of("transform", "com acme"));
    }

    @Test
    void whenFileIsMissing_thenOneLineError() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.load(tmp.resolve("nope")));
        assertTrue(e.getMessage().startsWith("cannot read config"), e.getMessage());
    }

    @Test
    void whenFileIsRead_thenKeysApply() throws Exception {
        Path f = tmp.resolve("stm.properties");
        Files.writeString(f, "transform=a.b.\nverbose=true\nreport=/tmp/r.txt\n");
        Config c = Config.load(f);
        assertTrue(c.verbose());
        assertEquals("/tmp/r.txt", c.report());
        assertTrue(c.selects("a/b/C"));
    }
}
