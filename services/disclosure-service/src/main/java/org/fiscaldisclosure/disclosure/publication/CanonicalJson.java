package org.fiscaldisclosure.disclosure.publication;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One stable text for a JSON value, so that equal content always hashes the same, whatever key order or number
 * spelling it was stored with: object members sorted by name (Java {@code String} order, i.e. UTF-16 code units,
 * as in RFC 8785), no whitespace, strings escaped as JSON requires and otherwise UTF-8 as they are, every number
 * written as its exact decimal value in plain notation without trailing zeros ({@code 195300.00} and
 * {@code 195300} are both {@code 195300}; never a binary floating point value), {@code true}, {@code false},
 * {@code null}.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb);
        return sb.toString();
    }

    private static void write(JsonNode node, StringBuilder sb) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            sb.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            Iterator<String> it = node.fieldNames();
            it.forEachRemaining(names::add);
            names.sort(null);
            sb.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(names.get(i), sb);
                sb.append(':');
                write(node.get(names.get(i)), sb);
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(node.get(i), sb);
            }
            sb.append(']');
        } else if (node.isNumber()) {
            sb.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isBoolean()) {
            sb.append(node.booleanValue());
        } else {
            string(node.asText(), sb);
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        sb.append('"');
    }
}
