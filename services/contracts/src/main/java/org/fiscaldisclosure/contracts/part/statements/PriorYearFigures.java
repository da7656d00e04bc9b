package org.fiscaldisclosure.contracts.part.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * The previous year's figures the narrative compares with (元), each optional: entered when the suite does not hold
 * the previous year's part. The members are the only keys: a misspelled key is an unknown field, refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "上年数（元），无上年部分时填报；只能使用下列字段，每项可省略")
public record PriorYearFigures(
        @Schema(description = "上年收支总计（收入总计＝支出总计）（元）") Amount grandTotal,
        @Schema(description = "上年本年收入合计（元）") Amount incomeTotal,
        @Schema(description = "上年本年支出合计（元）") Amount expenditureTotal,
        @Schema(description = "上年财政拨款收支总计（元）") Amount appropriationGrandTotal,
        @Schema(description = "上年一般公共预算财政拨款支出（元）") Amount generalBudgetExpenditure,
        @Schema(description = "上年一般公共预算财政拨款基本支出（元）") Amount generalBudgetBasic,
        @Schema(description = "上年“三公”经费支出（决算数）（元）") Amount threePublic,
        @Schema(description = "上年机关运行经费支出（元）") Amount officeOperatingCost) {

    /** The keys, in the order the narrative uses them (the members' names). */
    public static final List<String> KEYS = List.of("grandTotal", "incomeTotal", "expenditureTotal",
            "appropriationGrandTotal", "generalBudgetExpenditure", "generalBudgetBasic", "threePublic",
            "officeOperatingCost");

    public static final PriorYearFigures NONE = new PriorYearFigures(null, null, null, null, null, null, null, null);

    /** The record of the entries of a map keyed by {@link PriorYearFigures#KEYS}; another key is an error. */
    public static PriorYearFigures of(Map<String, Amount> byKey) {
        for (String key : byKey.keySet()) {
            if (!PriorYearFigures.KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown prior-year figure " + key);
            }
        }
        return new PriorYearFigures(byKey.get("grandTotal"), byKey.get("incomeTotal"), byKey.get("expenditureTotal"),
                byKey.get("appropriationGrandTotal"), byKey.get("generalBudgetExpenditure"), byKey.get("generalBudgetBasic"),
                byKey.get("threePublic"), byKey.get("officeOperatingCost"));
    }

    /** The figure of a key, or null when it was not entered. */
    public Amount get(String key) {
        return switch (key) {
            case "grandTotal" -> grandTotal;
            case "incomeTotal" -> incomeTotal;
            case "expenditureTotal" -> expenditureTotal;
            case "appropriationGrandTotal" -> appropriationGrandTotal;
            case "generalBudgetExpenditure" -> generalBudgetExpenditure;
            case "generalBudgetBasic" -> generalBudgetBasic;
            case "threePublic" -> threePublic;
            case "officeOperatingCost" -> officeOperatingCost;
            default -> throw new IllegalArgumentException("unknown prior-year figure " + key);
        };
    }

    /** The figures entered, by key. */
    public Map<String, Amount> asMap() {
        Map<String, Amount> m = new LinkedHashMap<>();
        for (String k : KEYS) {
            if (get(k) != null) {
                m.put(k, get(k));
            }
        }
        return m;
    }
}
