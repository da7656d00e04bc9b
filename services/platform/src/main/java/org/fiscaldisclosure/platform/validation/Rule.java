package org.fiscaldisclosure.platform.validation;

import java.util.List;
import java.util.function.BiFunction;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;

/** A catalogue entry and the one small function that checks it. */
public record Rule<T>(RuleDefinition definition, BiFunction<RuleDefinition, T, List<Finding>> check) {

    public List<Finding> apply(T subject) {
        return check.apply(definition, subject);
    }
}
