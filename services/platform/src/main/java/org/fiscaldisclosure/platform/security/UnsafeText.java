package org.fiscaldisclosure.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.platform.problem.FieldError;

/**
 * Characters no text of a disclosure may contain, wherever it comes from (a REST body or a Kafka submission): they
 * cannot be stored faithfully (a lone surrogate, NUL), or they make a name look like another one on the page
 * (bidirectional overrides, zero-width and other invisible format characters, blank fillers, private use characters
 * whose glyph depends on the font), or they break a line where no line break is (U+2028, U+2029). Tabs and line breaks
 * are text; CJK characters outside the Basic Multilingual Plane (𠮷) are text; {@link #kind(int)} has the list.
 */
public final class UnsafeText {

    private UnsafeText() {
    }

    /**
     * Whether the bytes are well-formed UTF-8 (RFC 3629): no overlong forms (C0 AF for "/"), no encoded surrogates, no
     * truncated sequences. A decoder that accepted them would store something else than what was checked.
     *
     * @return null when well-formed, else why not (with the byte offset)
     */
    public static String malformedUtf8(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return "第 " + in.position() + " 字节起不是有效的 UTF-8 编码";
            }
            if (r.isUnderflow()) {
                r = decoder.flush(out);
                return r.isError() ? "结尾不是完整的 UTF-8 字符" : null;
            }
            out.clear();
        }
    }

    /** One error per string value or member name that contains such a character, located by JSON Pointer. */
    public static List<FieldError> check(JsonNode tree) {
        List<FieldError> errors = new ArrayList<>();
        walk(tree, "", errors);
        return errors;
    }

    private static void walk(JsonNode node, String pointer, List<FieldError> errors) {
        if (node.isTextual()) {
            String why = why(node.textValue());
            if (why != null) {
                errors.add(new FieldError(pointer, why));
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                String why = why(e.getKey());
                if (why != null) {
                    errors.add(new FieldError(child, "字段名" + why));
                } else {
                    walk(e.getValue(), child, errors);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, errors);
            }
        }
    }

    /** Why the text is refused, or null when it is acceptable. */
    public static String why(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return describe(c, "孤立的代理项，不是有效的 Unicode 字符");
                }
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return describe(c, "孤立的代理项，不是有效的 Unicode 字符");
            }
            String kind = kind(cp);
            if (kind != null) {
                return describe(cp, kind);
            }
        }
        return null;
    }

    /**
     * The kind of a refused code point, or null when it is text. Refused: C0/C1 controls other than tab, line feed and
     * carriage return; the format characters (general category Cf: bidirectional controls, zero-width characters, the
     * soft hyphen U+00AD, U+180E, the invisible operators U+2061-U+2064, the byte order mark, the tag characters
     * U+E0001-U+E007F …); private use characters (Co); the line and paragraph separators U+2028 and U+2029; the Hangul
     * fillers U+115F, U+1160, U+3164 and U+FFA0 (blank letters that show as nothing); and the noncharacters.
     * Unassigned code points are not refused: the JDK's Unicode tables lag the new CJK extensions real names use.
     */
    static String kind(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return null;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return "控制字符";
        }
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C) {
            return "双向文本控制符";
        }
        if ((cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF) {
            return "零宽字符";
        }
        if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
            return "非字符";
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return "行或段落分隔符";
        }
        if (cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0) {
            return "空白填充字符";
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return "不可见的格式字符";
        }
        if (type == Character.PRIVATE_USE) {
            return "私用区字符";
        }
        return null;
    }

    private static String describe(int codePoint, String kind) {
        return String.format("含有不允许的字符 U+%04X（%s）", codePoint, kind);
    }
}
