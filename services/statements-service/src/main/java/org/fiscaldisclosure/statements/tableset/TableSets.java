package org.fiscaldisclosure.statements.tableset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table sets the service knows, read from {@code table-sets/<id>.json} on the classpath. */
public final class TableSets {

    public static final List<String> KNOWN = List.of("beijing-2024", "beijing-2023");

    private final Map<String, TableSet> sets = new LinkedHashMap<>();

    private TableSets() {
    }

    public static TableSets load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        TableSets ts = new TableSets();
        for (String id : KNOWN) {
            try (InputStream in = TableSets.class.getClassLoader().getResourceAsStream("table-sets/" + id + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("table set " + id + " missing");
                }
                ts.sets.put(id, mapper.readValue(in, TableSet.class));
            } catch (IOException e) {
                throw new UncheckedIOException("table set " + id, e);
            }
        }
        return ts;
    }

    public Optional<TableSet> get(String id) {
        return Optional.ofNullable(sets.get(id));
    }

    public List<TableSet> all() {
        return List.copyOf(sets.values());
    }
}
