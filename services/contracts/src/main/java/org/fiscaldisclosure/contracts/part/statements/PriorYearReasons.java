package org.fiscaldisclosure.contracts.part.statements;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The stated reason of each year-on-year change the narrative reports, by the same keys as {@link PriorYearFigures};
 * each optional. A misspelled key is an unknown field, refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "增减变化的原因，字段与上年数相同；只能使用下列字段，每项可省略")
public record PriorYearReasons(
        @Schema(description = "收支总计增减变化的原因") @Pattern(regexp = "(?s).*\\S.*", message = "不能为空白") @Size(max = 2000) String grandTotal,
        @Schema(description = "本年收入合计增减变化的原因") @Pattern(regexp = "(?s).*\\S.*", message = "不能为空白") @Size(max = 2000) String incomeTotal,
        @Schema(description = "本年支出合计增减变化的原因") @Pattern(regexp = "(?s).*\\S.*", message = "不能为空白") @Size(max = 2000) String expenditureTotal,
        @Schema(description = "财政拨款收支总计增减变化的原因") @Pattern(regexp = "(?s).*\\S.*", message = "不能为空白") @Size(max = 2000) String appropriationGrandTotal,
        @Schema(description = "一般公共预算财政拨款支出增减变化的原因") @Pattern(regexp = "(?s).*\\S.*", message = "不能为空白") @Size(max = 2000) String generalBudgetExpenditure,
        @Schema(description = "一般公共预算财政拨款基本支出增减变化的原因") @Pattern(regexp = "(?s).*\\S.*", message = "不能为空白") @Size(max = 2000) String generalBudgetBasic,
        @Schema(description = "“三公”经费支出增减变化的原因") @Pattern(regexp = "(?s).*\\S.*", message = "不能为空白") @Size(max = 2000) String threePublic,
        @Schema(description = "机关运行经费支出增减变化的原因") @Pattern(regexp = "(?s).*\\S.*", message = "不能为空白") @Size(max = 2000) String officeOperatingCost) {

    public static final PriorYearReasons NONE = new PriorYearReasons(null, null, null, null, null, null, null, null);

    /** The record of the entries of a map keyed by {@link PriorYearFigures#KEYS}; another key is an error. */
    public static PriorYearReasons of(Map<String, String> byKey) {
        for (String key : byKey.keySet()) {
            if (!PriorYearFigures.KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown prior-year figure " + key);
            }
        }
        return new PriorYearReasons(byKey.get("grandTotal"), byKey.get("incomeTotal"), byKey.get("expenditureTotal"),
                byKey.get("appropriationGrandTotal"), byKey.get("generalBudgetExpenditure"), byKey.get("generalBudgetBasic"),
                byKey.get("threePublic"), byKey.get("officeOperatingCost"));
    }

    /** The reason of a key, or null when none was stated. */
    public String get(String key) {
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

    /** The reasons stated, by key. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : PriorYearFigures.KEYS) {
            if (get(k) != null) {
                m.put(k, get(k));
            }
        }
        return m;
    }
}
