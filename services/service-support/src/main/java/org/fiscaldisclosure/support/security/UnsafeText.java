package org.fiscaldisclosure.support.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.support.problem.FieldError;

/**
 * Characters no text of a disclosure may contain, wherever it comes from (a REST body or a Kafka submission): they
 * cannot be stored faithfully (a lone surrogate, NUL), or they make a name look like another one on the page
 * (bidirectional overrides, zero-width characters). Tabs and line breaks are text; CJK characters outside the Basic
 * Multilingual Plane (𠮷) are text.
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
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(i + 1));
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        return describe(cp, "非字符");
                    }
                    i++;
                    continue;
                }
                return describe(c, "孤立的代理项，不是有效的 Unicode 字符");
            }
            if (Character.isLowSurrogate(c)) {
                return describe(c, "孤立的代理项，不是有效的 Unicode 字符");
            }
            String kind = kind(c);
            if (kind != null) {
                return describe(c, kind);
            }
        }
        return null;
    }

    private static String kind(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return null;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return "控制字符";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
            return "双向文本控制符";
        }
        if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF) {
            return "零宽字符";
        }
        if (c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF)) {
            return "非字符";
        }
        return null;
    }

    private static String describe(int codePoint, String kind) {
        return String.format("含有不允许的字符 U+%04X（%s）", codePoint, kind);
    }
}
