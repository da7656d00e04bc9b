package org.fiscaldisclosure.disclosure.rendering;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fiscaldisclosure.platform.xlsx.FormulaText;

/**
 * One CSV resource of the data package while it is written: its fields (name, Chinese title, type, unit) and rows.
 * The file is UTF-8 with a byte order mark (so that a spreadsheet on a Chinese Windows opens it as UTF-8 and not as
 * GBK), comma separated, CRLF line ends, RFC 4180 quoting; every text value passes {@link FormulaText#csv(String)},
 * numbers are written as plain decimals (amounts in 元 with two decimals), an absent value as an empty field.
 */
final class OpenDataResource {

    /** The UTF-8 byte order mark every CSV starts with. */
    static final String BOM = "\uFEFF";

    /** A field of the table schema and of the data dictionary. */
    record Field(String name, String title, String type, String unit) {
    }

    final String name;
    final String path;
    final String title;
    final String description;
    final List<Field> fields = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();

    OpenDataResource(String name, String path, String title, String description) {
        this.name = name;
        this.path = path;
        this.title = title;
        this.description = description;
    }

    /** Adds a field; a name already taken gets a numeric suffix. Returns the name given. */
    String field(String name, String title, String type, String unit) {
        String n = name;
        for (int i = 2; !taken.add(n); i++) {
            n = name + "_" + i;
        }
        fields.add(new Field(n, title, type, unit));
        return n;
    }

    void row(List<String> values) {
        rows.add(values);
    }

    /** A text value, neutralised against formula execution; null as empty. */
    static String text(String s) {
        return s == null ? "" : FormulaText.csv(s);
    }

    /** An amount in 元 with (at least) two decimals; null as empty. */
    static String yuan(BigDecimal a) {
        return a == null ? "" : (a.scale() < 2 ? a.setScale(2) : a).toPlainString();
    }

    /** A number as it is; null as empty. */
    static String number(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    /** A name made of lower-case letters, digits and {@code _} (a field or resource name). */
    static String slug(String s) {
        String n = s == null ? "" : s.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return n.isEmpty() ? "value" : n;
    }

    byte[] csv() {
        StringBuilder s = new StringBuilder(BOM);
        line(s, fields.stream().map(Field::name).toList());
        for (List<String> r : rows) {
            line(s, r);
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void line(StringBuilder s, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String v = values.get(i) == null ? "" : values.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                s.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                s.append(v);
            }
        }
        s.append("\r\n");
    }
}
