package org.stmj.python.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The two virtual library roots stay usable once {@code os.path.abspath} has made their {@code sys.path} entries
 * absolute ({@code site.py}'s {@code removeduppaths}): the module is found in the jar under the root's own name.
 */
class LibraryVirtualRootTest {
    @Test
    void whenStdlibEntryWasMadeAbsolute_thenModuleIsFoundUnderTheVirtualRoot() {
        Library.Found f = Library.find("/home/user/project/" + Library.STDLIB, "textwrap");
        assertNotNull(f);
        assertEquals(Library.STDLIB + "/textwrap.py", f.file);
        assertTrue(f.cacheable);
    }

    @Test
    void whenPackageDirectoryWasMadeAbsolute_thenSubmoduleIsFound() {
        Library.Found f = Library.find("/tmp/x/" + Library.STDLIB + "/json", "decoder");
        assertNotNull(f);
        assertEquals(Library.STDLIB + "/json/decoder.py", f.file);
    }

    @Test
    void whenAbsoluteFileNameOfTheJarIsAsked_thenItsSourceIsReturned() {
        assertNotNull(Library.sourceOf("/cwd/" + Library.STDLIB + "/textwrap.py"));
    }

    @Test
    void whenADirectoryMerelyContainsTheRootNameAsPartOfAComponent_thenItIsAnOrdinaryDirectory() {
        assertEquals("/a/x<stdlib>", Library.virtualEntry("/a/x<stdlib>"));
        assertEquals("/a/<stdlib>x/y", Library.virtualEntry("/a/<stdlib>x/y"));
        assertNull(Library.find("/nonexistent/<stdlib>x", "textwrap"));
    }

    @Test
    void whenEntryIsAlreadyVirtualOrOrdinary_thenItIsUnchanged() {
        assertEquals(Library.OWN, Library.virtualEntry(Library.OWN));
        assertEquals("/usr/lib/python3", Library.virtualEntry("/usr/lib/python3"));
        assertEquals("", Library.virtualEntry(""));
    }

    @Test
    void whenAPackageOfTheJarIsListed_thenItsModulesAndSubpackagesAreNamedInOrder() {
        java.util.SortedMap<String, Boolean> json = Library.listing(Library.STDLIB + "/json");
        assertEquals(java.util.List.of("decoder", "encoder", "scanner", "tool"), java.util.List.copyOf(json.keySet()));
        java.util.SortedMap<String, Boolean> top = Library.listing("/abs/" + Library.STDLIB);
        assertEquals(Boolean.TRUE, top.get("json"));
        assertEquals(Boolean.FALSE, top.get("os"));
        assertNull(top.get("__init__"));
        assertNull(Library.listing("/usr/lib"));
    }
}
