package org.fiscaldisclosure.statements.figures;

import java.util.List;
import org.fiscaldisclosure.contracts.value.Amount;

/** The figures the narrative compares year on year, by key. */
public final class PriorFigures {

    public static final List<String> KEYS = List.of("grandTotal", "incomeTotal", "expenditureTotal",
            "appropriationGrandTotal", "generalBudgetExpenditure", "generalBudgetBasic", "threePublic",
            "officeOperatingCost");

    private PriorFigures() {
    }

    public static Amount of(StatementFigures f, String key) {
        return switch (key) {
            case "grandTotal" -> f.publishedGrandTotal();
            case "incomeTotal" -> f.publishedIncomeTotal();
            case "expenditureTotal" -> f.publishedExpenditureTotal();
            case "appropriationGrandTotal" -> f.appropriationGrandTotal();
            case "generalBudgetExpenditure" -> f.columnTotal(StatementFigures.GENERAL_BUDGET, "total");
            case "generalBudgetBasic" -> f.columnTotal(StatementFigures.GENERAL_BUDGET, "basic");
            case "threePublic" -> f.publishedThreePublicTotal("actual");
            case "officeOperatingCost" -> f.part().other().officeOperatingCost();
            default -> throw new IllegalArgumentException("unknown prior-year figure " + key);
        };
    }
}
