package org.stmj.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CPython's re package on the Java _sre engine: the constructs whose semantics the matcher implements. */
class SreEngineTest {
    static String run(String code) {
        PyRun r = PyRun.code("import re\n" + code);
        assertEquals("", r.err);
        return r.out;
    }

    @Test
    void whenGreedyAndLazyRepeats_thenBacktrackingFindsCPythonsMatch() {
        assertEquals("('ababc', 'b') aaab <a><b>\n",
                run("print(re.match(r'(a|b)*?c', 'ababc').group(0, 1), re.match(r'(a+)+b', 'aaab').group(), "
                + "re.findall(r'<.+?>', '<a><b>')[0] + re.findall(r'<.+?>', '<a><b>')[1])"));
    }

    @Test
    void whenEmptyMatchesInSubAndSplit_thenThePython37RulesApply() {
        assertEquals("-a-b--d- ['', 'hi', ' ', 'there', '']\n",
                run("print(re.sub('x*', '-', 'abxd'), re.split(r'\\b', 'hi there'))"));
    }

    @Test
    void whenLookaroundsAndBackreferences_thenTheyMatch() {
        assertEquals("['12', '7'] ac aa None\n",
                run("print(re.findall(r'(?<=\\$)\\d+', '$12 and $7'), re.search(r'(?!ab)a\\w', 'ab ac').group(), "
                + "re.match(r'(a)\\1', 'aa').group(), re.match(r'(a)\\1', 'ab'))"));
    }

    @Test
    void whenAtomicAndPossessive_thenNoBacktrackingIntoThem() {
        assertEquals("None aaab None\n",
                run("print(re.match(r'(?>a+)ab', 'aaab'), re.match(r'a++b', 'aaab').group(), "
                + "re.match(r'a++ab', 'aaab'))"));
    }

    @Test
    void whenIgnoreCaseAndUnicodeClasses_thenCaseAndCategoriesFollowUnicode() {
        assertEquals("HeLLo ['été', 'ça'] ['١٢']\n",
                run("print(re.match(r'(?i)hello', 'HeLLo').group(), "
                + "re.findall(r'\\w+', 'été, ça'), re.findall(r'\\d+', 'x١٢'))"));
    }

    @Test
    void whenNamedGroupsAndTemplates_thenGroupdictAndExpandWork() {
        assertEquals("{'k': 'key', 'v': '42'} 42=key\n",
                run("m = re.search(r'(?P<k>[a-z]+)=(?P<v>\\d+)', 'xx key=42')\nprint(m.groupdict(), "
                + "m.expand(r'\\g<v>=\\g<k>'))"));
    }
}
