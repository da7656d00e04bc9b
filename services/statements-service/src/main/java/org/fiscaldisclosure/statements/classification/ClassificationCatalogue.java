package org.fiscaldisclosure.statements.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The classification catalogues by year, read from {@code classifications/<year>.csv}
 * (scheme,code,name,level,parent,note). A year without a file of its own uses the newest earlier one.
 */
public final class ClassificationCatalogue {

    private static final int[] YEARS = {2024};
    private final TreeMap<Integer, Map<String, Classification>> byYear = new TreeMap<>();

    private ClassificationCatalogue() {
    }

    public static ClassificationCatalogue load() {
        ClassificationCatalogue c = new ClassificationCatalogue();
        for (int year : YEARS) {
            c.byYear.put(year, read("classifications/" + year + ".csv"));
        }
        return c;
    }

    private static Map<String, Classification> read(String resource) {
        Map<String, Classification> entries = new LinkedHashMap<>();
        try (InputStream in = ClassificationCatalogue.class.getClassLoader().getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 6);
                String note = f.length > 5 ? f[5] : "";
                Classification e = new Classification(f[0], f[1], f[2], f[3], f[4].isEmpty() ? null : f[4],
                        !note.toUpperCase().contains("UNVERIFIED"), note);
                entries.put(key(e.scheme(), e.code()), e);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("classification catalogue " + resource + " unreadable", e);
        }
        return entries;
    }

    private static String key(String scheme, String code) {
        return scheme + ":" + code;
    }

    private Map<String, Classification> forYear(int year) {
        Map.Entry<Integer, Map<String, Classification>> e = byYear.floorEntry(year);
        return e != null ? e.getValue() : byYear.firstEntry().getValue();
    }

    public Optional<Classification> find(int year, String scheme, String code) {
        return Optional.ofNullable(forYear(year).get(key(scheme, code)));
    }

    public List<Classification> list(int year, String scheme) {
        List<Classification> out = new ArrayList<>();
        for (Classification c : forYear(year).values()) {
            if (scheme == null || c.scheme().equals(scheme)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The catalogue scheme of a table's row kind. */
    public static String schemeOf(String rowKind) {
        return "econ".equals(rowKind) ? "econ_dept" : "func";
    }

}
