package org.fiscaldisclosure.platform.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.junit.jupiter.api.Test;

class RuleMetadataRowsTest {

    private static List<Finding> none(RuleDefinition rule, String subject) {
        return List.of();
    }

    @Test
    void aRuleTakesWhatItIsFromItsRowOfTheMetadata() {
        RuleCatalogue<String> c = new RuleCatalogue<String>("rules/two.tsv")
                .register("XX-T1-002", RuleMetadataRowsTest::none)
                .register("XX-T1-001", RuleMetadataRowsTest::none)
                .complete();
        assertEquals(List.of("XX-T1-002", "XX-T1-001"), c.definitions().stream().map(RuleDefinition::id).toList(),
                "rules run in registration order");
        RuleDefinition sum = c.definitions().get(1);
        assertEquals(new RuleDefinition("XX-T1-001", Severity.FATAL, "合计", List.of("T1", "T4"), "表1 合计应等于各项之和"), sum);
        assertEquals(List.of(), c.definitions().get(0).tables());
    }

    @Test
    void aCheckWithoutARowIsRefusedWhenRegistered() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RuleCatalogue<String>("rules/two.tsv").register("XX-T9-001", RuleMetadataRowsTest::none));
        assertTrue(e.getMessage().contains("XX-T9-001") && e.getMessage().contains("rules/two.tsv"), e.getMessage());
    }

    @Test
    void aRowWithoutACheckFailsTheCatalogue() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RuleCatalogue<String>("rules/two.tsv").register("XX-T1-001", RuleMetadataRowsTest::none).complete());
        assertTrue(e.getMessage().contains("[XX-T1-002]"), e.getMessage());
    }

    @Test
    void malformedMetadataIsRefusedWithItsLine() {
        assertTrue(assertThrows(IllegalStateException.class, () -> RuleCatalogue.read("rules/short-row.tsv"))
                .getMessage().contains("line 2"));
        assertTrue(assertThrows(IllegalStateException.class, () -> RuleCatalogue.read("rules/no-header.tsv"))
                .getMessage().contains("header"));
        assertTrue(assertThrows(IllegalStateException.class, () -> RuleCatalogue.read("rules/absent.tsv"))
                .getMessage().contains("missing"));
    }
}
