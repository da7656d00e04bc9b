package org.fiscaldisclosure.performance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.junit.jupiter.api.Test;

/** The rule metadata reviewers read (rules/performance.tsv) and the rule code agree, rule by rule. */
class RuleMetadataTest {

    @Test
    void everyRowOfTheMetadataHasItsCheckAndEveryCheckItsRow() {
        Map<String, RuleDefinition> rows = RuleCatalogue.read("rules/performance.tsv");
        List<RuleDefinition> checked = org.fiscaldisclosure.performance.rules.PerformanceRules.catalogue().definitions();
        assertEquals(rows.keySet().stream().sorted().toList(), checked.stream().map(RuleDefinition::id).sorted().toList());
        checked.forEach(d -> assertEquals(rows.get(d.id()), d));
    }

    @Test
    void everyRuleIsNamedForItsPartAndSaysInChineseWhatItChecks() {
        for (RuleDefinition d : RuleCatalogue.read("rules/performance.tsv").values()) {
            assertTrue(d.id().matches("PF-[A-Z0-9]+-[0-9]{3}"), d.id());
            assertFalse(d.category().isBlank(), d.id());
            assertTrue(d.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    d.id() + ": " + d.message());
        }
    }
}
