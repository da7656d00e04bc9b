package org.fiscaldisclosure.producer.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed from one revision of a part to the next: the headline figures that differ, and every value of the
 * part that differs, counted as a <em>cell</em> when it is a number (the figures of the tables: amounts, scores,
 * counts) and as a <em>field</em> otherwise (text, codes, flags). Values are located by JSON Pointer, except that an
 * element of an array whose elements all carry a distinct {@code code} (or {@code projectCode}) is named
 * {@code code=<code>} instead of by its index, so that a row inserted into a table does not shift the others.
 */
public final class RevisionDiff {

    /** At most this many changes are listed; the counts cover all of them. */
    public static final int MAX_CHANGES = 200;
    private static final List<String> ROW_KEYS = List.of("code", "projectCode");

    private RevisionDiff() {
    }

    /** A headline figure before and after (null when the revision before had no such figure, or this one has none). */
    public record HeadlineChange(String key, BigDecimal from, BigDecimal to) {
    }

    /** One value before and after (null when absent). */
    public record Change(String path, JsonNode from, JsonNode to) {
    }

    /**
     * @param created        the first revision: the counts are the values it set, nothing is listed
     * @param changesOmitted changes beyond {@link #MAX_CHANGES}, counted but not listed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(boolean created, List<HeadlineChange> headline, int changedCells, int changedFields,
                          List<Change> changes, int changesOmitted) {
    }

    /** @param previous the revision before (its whole JSON: {@code part}, {@code headline}, …), or null for the first */
    public static Summary between(JsonNode previous, JsonNode current) {
        List<HeadlineChange> headline = headline(previous == null ? null : previous.get("headline"), current.get("headline"));
        Map<String, JsonNode> before = leaves(previous == null ? null : previous.get("part"));
        Map<String, JsonNode> after = leaves(current.get("part"));
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        int cells = 0;
        int fields = 0;
        List<Change> changes = new ArrayList<>();
        int omitted = 0;
        for (String path : paths) {
            JsonNode from = before.get(path);
            JsonNode to = after.get(path);
            if (same(from, to)) {
                continue;
            }
            if (isNumber(from) || isNumber(to)) {
                cells++;
            } else {
                fields++;
            }
            if (previous == null) {
                continue;
            }
            if (changes.size() < MAX_CHANGES) {
                changes.add(new Change(path, from, to));
            } else {
                omitted++;
            }
        }
        return new Summary(previous == null, headline, cells, fields, changes, omitted);
    }

    private static List<HeadlineChange> headline(JsonNode before, JsonNode after) {
        Map<String, BigDecimal> from = figures(before);
        Map<String, BigDecimal> to = figures(after);
        Set<String> keys = new LinkedHashSet<>(from.keySet());
        keys.addAll(to.keySet());
        List<HeadlineChange> changed = new ArrayList<>();
        for (String key : keys) {
            BigDecimal a = from.get(key);
            BigDecimal b = to.get(key);
            if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                changed.add(new HeadlineChange(key, a, b));
            }
        }
        return changed;
    }

    private static Map<String, BigDecimal> figures(JsonNode headline) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (headline != null && headline.isObject()) {
            headline.fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    out.put(e.getKey(), e.getValue().decimalValue());
                }
            });
        }
        return out;
    }

    static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (node != null) {
            collect(node, "", out);
        }
        return out;
    }

    private static void collect(JsonNode node, String path, Map<String, JsonNode> out) {
        if (node.isObject() && node.size() > 0) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                collect(e.getValue(), path + "/" + escape(e.getKey()), out);
            }
        } else if (node.isArray() && node.size() > 0) {
            String key = rowKey(node);
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String segment = key == null ? String.valueOf(i) : key + "=" + escape(element.get(key).asText());
                collect(element, path + "/" + segment, out);
            }
        } else {
            out.put(path.isEmpty() ? "/" : path, node);
        }
    }

    /** The key naming the array's elements, when every element is an object with a distinct text value for it. */
    private static String rowKey(JsonNode array) {
        for (String key : ROW_KEYS) {
            Set<String> seen = new HashSet<>();
            boolean usable = true;
            for (JsonNode element : array) {
                JsonNode v = element.isObject() ? element.get(key) : null;
                if (v == null || !v.isTextual() || v.asText().isEmpty() || !seen.add(v.asText())) {
                    usable = false;
                    break;
                }
            }
            if (usable) {
                return key;
            }
        }
        return null;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean isNumber(JsonNode n) {
        return n != null && n.isNumber();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
