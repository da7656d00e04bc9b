package org.fiscaldisclosure.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.junit.jupiter.api.Test;

/** Every headline figure has a key of its own, a Chinese published name and a unit. */
class HeadlineFigureTest {

    private static final Pattern CJK = Pattern.compile(".*\\p{IsHan}.*");

    @Test
    void everyFigureHasAUniqueKeyAChineseNameAndAUnit() {
        Set<String> keys = new HashSet<>();
        for (HeadlineFigure f : HeadlineFigure.values()) {
            assertTrue(keys.add(f.key()), "key used twice: " + f.key());
            assertTrue(f.key().matches("[a-z][A-Za-z]+"), "a key is a JSON name: " + f.key());
            assertTrue(CJK.matcher(f.label()).matches(), f + " has no Chinese name: " + f.label());
            assertTrue(f.unit() != null && f.part() != null, f + " lacks its unit or part");
            assertEquals(f, HeadlineFigure.ofKey(f.key()).orElseThrow());
        }
        assertTrue(HeadlineFigure.ofKey("noSuchFigure").isEmpty());
    }
}
