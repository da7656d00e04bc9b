package org.fiscaldisclosure.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class UnsafeTextTest {

    @Test
    void chineseTextLineBreaksSqlScriptAndCharactersBeyondTheBmpAreText() {
        for (String ok : List.of("中共北京市西城区委社会工作部", "第一行\n第二行\t制表\r", "𠮷野家", "x'; DROP TABLE t; --",
                "<script>alert(1)</script>", "100%", "全角　空格", "㐀䶵", "\u00a0", new String(Character.toChars(0x31350)),
                new String(Character.toChars(0x323AF)))) {
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
    void formatAndPrivateUseCharactersSeparatorsAndFillersAreRefusedEvenBeyondTheBmp() {
        for (int cp : new int[] {0x00AD, 0x180E, 0x2061, 0x2064, 0x206F, 0xFFF9, 0x110BD, 0x1D173, 0xE0001, 0xE0041,
                0xE000, 0xF8FF, 0xF0000, 0x10FFFD, 0x2028, 0x2029, 0x115F, 0x1160, 0x3164, 0xFFA0}) {
            assertNotNull(UnsafeText.why("名" + new String(Character.toChars(cp)) + "称"), String.format("U+%04X", cp));
        }
        assertEquals("含有不允许的字符 U+E0001（不可见的格式字符）", UnsafeText.why("a" + new String(Character.toChars(0xE0001))));
        assertEquals("含有不允许的字符 U+3164（空白填充字符）", UnsafeText.why("\u3164"));
        assertEquals("含有不允许的字符 U+2028（行或段落分隔符）", UnsafeText.why("\u2028"));
        assertEquals("含有不允许的字符 U+E000（私用区字符）", UnsafeText.why("\ue000"));
    }

    @Test
    void unassignedCodePointsAreNotRefusedSinceNewCjkExtensionsPostdateTheJdkTables() {
        // U+2EBF0 (CJK Extension I, Unicode 15.1) is unassigned in the JDK 17 tables; U+0378 is unassigned everywhere
        for (int cp : new int[] {0x2EBF0, 0x0378, 0x3FFFD}) {
            assertNull(UnsafeText.why(new String(Character.toChars(cp))), String.format("U+%04X", cp));
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
