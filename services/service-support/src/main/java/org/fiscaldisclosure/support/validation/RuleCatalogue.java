package org.fiscaldisclosure.support.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;

/** Rules registered under their ids, run in registration order. */
public final class RuleCatalogue<T> {

    private final Map<String, Rule<T>> rules = new LinkedHashMap<>();

    public RuleCatalogue<T> register(String id, Severity severity, String category, List<String> tables, String message,
                                     BiFunction<RuleDefinition, T, List<Finding>> check) {
        if (rules.containsKey(id)) {
            throw new IllegalArgumentException("rule " + id + " registered twice");
        }
        rules.put(id, new Rule<>(new RuleDefinition(id, severity, category, tables, message), check));
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
}
