package org.fiscaldisclosure.platform.validation;

import java.util.List;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;

/** The small comparisons most rules are made of. */
public final class Checks {

    private Checks() {
    }

    /** A finding when a stated amount differs from the expected one; nothing when it agrees or was not stated. */
    public static List<Finding> statedEquals(RuleDefinition rule, String part, String row, String column,
                                             Amount stated, Amount expected) {
        if (stated == null || stated.equals(expected)) {
            return List.of();
        }
        return List.of(Finding.compared(rule, part, row, column, stated.yuan(), expected.yuan(), rule.message()));
    }

    /** A finding when {@code amount} exceeds {@code ceiling}. */
    public static List<Finding> atMost(RuleDefinition rule, String part, String row, String column,
                                       Amount amount, Amount ceiling) {
        if (amount.compareTo(ceiling) <= 0) {
            return List.of();
        }
        return List.of(Finding.compared(rule, part, row, column, amount.yuan(), ceiling.yuan(), rule.message()));
    }
}
