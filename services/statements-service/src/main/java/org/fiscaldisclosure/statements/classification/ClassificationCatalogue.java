package org.fiscaldisclosure.statements.classification;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.catalogue.ClassificationScheme;

/**
 * The entries the suite ships, each with its source ({@code classifications/shipped.csv}: scheme, code, name,
 * status {@code verified}|{@code unverified}, source). They are a small verified subset, never marked complete: a
 * well-formed code they lack is only a note (请核对) until a complete catalogue of the year is loaded
 * ({@link CatalogueStore}).
 */
public final class ClassificationCatalogue {

    static final String RESOURCE = "classifications/shipped.csv";
    private final List<ClassificationEntry> entries;

    private ClassificationCatalogue(List<ClassificationEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ClassificationCatalogue load() {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<ClassificationEntry> out = new ArrayList<>();
        try (InputStream in = ClassificationCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(schema).readValues(in);
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                ClassificationScheme scheme = ClassificationScheme.of(r.get("scheme"));
                String code = r.get("code");
                out.add(new ClassificationEntry(scheme.key(), code, r.get("name"), scheme.level(code), scheme.parent(code),
                        "verified".equals(r.get("status")), r.get("source")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " unreadable", e);
        }
        return new ClassificationCatalogue(out);
    }

    public List<ClassificationEntry> entries() {
        return entries;
    }

    /** The shipped entries as the catalogue of a year (not complete). */
    public CatalogueView view(int year) {
        return CatalogueView.of(year, entries, false);
    }

    /** The catalogue scheme of a table's row kind. */
    public static String schemeOf(String rowKind) {
        return "econ".equals(rowKind) ? "econ_dept" : "func";
    }
}
