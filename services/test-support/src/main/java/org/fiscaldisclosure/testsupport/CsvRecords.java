package org.fiscaldisclosure.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files the suite writes read back as the tests check them: RFC 4180 (quoted fields, doubled quotes, every
 * record ended by CRLF), a leading byte order mark left out.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /** The records of a CSV, header included; refused unless every record, the last included, ends with CRLF. */
    public static List<List<String>> of(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("a record ended without CRLF at character " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted || !record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return records;
    }

    /** The data records of a CSV, each as its fields by the header's names. */
    public static List<Map<String, String>> byHeader(String text) {
        List<List<String>> records = of(text);
        List<Map<String, String>> lines = new ArrayList<>();
        if (records.isEmpty()) {
            return lines;
        }
        List<String> header = records.get(0);
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < r.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            lines.add(m);
        }
        return lines;
    }
}
