package org.fiscaldisclosure.platform.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;

/**
 * A part's rules: what each rule is (id, severity, category, tables, message) is data, one tab-separated row per rule
 * in a resource reviewers read and diff (e.g. {@code rules/statements.tsv}); the code registers the check of each id.
 * A row without a check, or a check without a row, fails when the catalogue is built. Rules run in registration order.
 */
public final class RuleCatalogue<T> {

    /** The header row of every rule metadata file. */
    public static final String HEADER = "id\tseverity\tcategory\ttables\tmessage";

    private final String resource;
    private final Map<String, RuleDefinition> metadata;
    private final Map<String, Rule<T>> rules = new LinkedHashMap<>();

    public RuleCatalogue(String metadataResource) {
        this.resource = metadataResource;
        this.metadata = read(metadataResource);
    }

    public RuleCatalogue<T> register(String id, BiFunction<RuleDefinition, T, List<Finding>> check) {
        RuleDefinition definition = metadata.get(id);
        if (definition == null) {
            throw new IllegalStateException("rule " + id + " has no row in " + resource);
        }
        if (rules.containsKey(id)) {
            throw new IllegalArgumentException("rule " + id + " registered twice");
        }
        rules.put(id, new Rule<>(definition, check));
        return this;
    }

    /** The catalogue, once every row of its metadata has its check. */
    public RuleCatalogue<T> complete() {
        List<String> unchecked = metadata.keySet().stream().filter(id -> !rules.containsKey(id)).toList();
        if (!unchecked.isEmpty()) {
            throw new IllegalStateException(resource + " lists rules no code checks: " + unchecked);
        }
        return this;
    }

    public List<RuleDefinition> definitions() {
        return rules.values().stream().map(Rule::definition).toList();
    }

    public List<Finding> check(T subject) {
        List<Finding> findings = new ArrayList<>();
        for (Rule<T> rule : rules.values()) {
            findings.addAll(rule.apply(subject));
        }
        return findings;
    }

    /** The rows of a metadata file: a header, then {@code id, severity, category, tables (separated by |), message}. */
    public static Map<String, RuleDefinition> read(String resource) {
        Map<String, RuleDefinition> rows = new LinkedHashMap<>();
        try (InputStream in = RuleCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule metadata " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(resource + ": the first line must be the header " + HEADER);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(resource + " line " + number + ": 5 tab-separated cells expected, "
                            + cells.length + " found");
                }
                List<String> tables = cells[3].isEmpty() ? List.of() : Arrays.asList(cells[3].split("\\|"));
                RuleDefinition d = new RuleDefinition(cells[0], Severity.valueOf(cells[1]), cells[2], tables, cells[4]);
                if (rows.put(d.id(), d) != null) {
                    throw new IllegalStateException(resource + " line " + number + ": rule " + d.id() + " listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
