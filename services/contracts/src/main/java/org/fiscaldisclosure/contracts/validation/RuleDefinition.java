package org.fiscaldisclosure.contracts.validation;

import java.util.List;

/** An entry of a rule catalogue: id, severity, category, the tables it involves, and its message in Chinese. */
public record RuleDefinition(String id, Severity severity, String category, List<String> tables, String message) {

    public RuleDefinition {
        tables = List.copyOf(tables);
    }
}
