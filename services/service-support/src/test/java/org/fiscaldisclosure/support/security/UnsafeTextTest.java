package org.fiscaldisclosure.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.fiscaldisclosure.support.problem.FieldError;
import org.junit.jupiter.api.Test;

class UnsafeTextTest {

    @Test
    void chineseTextLineBreaksSqlScriptAndCharactersBeyondTheBmpAreText() {
        for (String ok : List.of("中共北京市西城区委社会工作部", "第一行\n第二行\t制表\r", "𠮷野家", "x'; DROP TABLE t; --",
                "<script>alert(1)</script>", "100%", "\u2028")) {
            assertNull(UnsafeText.why(ok), ok);
        }
    }

    @Test
    void surrogatesControlsBidiAndZeroWidthCharactersAreNot() {
        for (String bad : List.of("\ud800", "a\udc00", "\udc00\ud800", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085",
                "\u202e", "\u202a", "\u2066", "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
                "\uffff", "\ufffe", "\ufdd0", new String(Character.toChars(0x1FFFF)))) {
            assertNotNull(UnsafeText.why("名" + bad), String.format("U+%04X", (int) bad.charAt(0)));
        }
    }

    @Test
    void everyOffendingValueAndMemberNameIsLocatedByJsonPointer() throws Exception {
        var tree = new ObjectMapper().readTree("{\"unit\":{\"name\":\"a\\u202eb\"},\"rows\":[\"ok\",\"\\u0000\"],\"k\\u200by\":1,"
                + "\"a/b\":\"\\ud800\"}");
        List<FieldError> errors = UnsafeText.check(tree);
        assertEquals(List.of("/unit/name", "/rows/1", "/k\u200by", "/a~1b"), errors.stream().map(FieldError::field).toList());
        assertEquals("含有不允许的字符 U+202E（双向文本控制符）", errors.get(0).message());
    }

    @Test
    void onlyWellFormedUtf8IsReadAsText() {
        assertNull(UnsafeText.malformedUtf8("{\"name\":\"𠮷野家\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertNull(UnsafeText.malformedUtf8(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}));
        for (byte[] bad : List.of(new byte[]{'"', (byte) 0xC0, (byte) 0xAF, '"'}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xFF}, new byte[]{'a', (byte) 0xE4, (byte) 0xB8})) {
            assertNotNull(UnsafeText.malformedUtf8(bad), java.util.Arrays.toString(bad));
        }
    }
}
