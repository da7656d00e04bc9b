package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A 年度指标值 or 实际完成值: quantitative (an optional operator, a number and an optional unit, e.g. ≥ 95 %) or
 * qualitative (text only, e.g. "补充社区力量", or the bare word "完成"). {@code text} keeps the cell as published;
 * the structured fields are its reading. At least one of {@code text} and {@code value} is given.
 */
@Schema(description = "指标值：定量（比较符、数值、单位）或定性（文字）；text 为表中原文")
public record Measure(
        @Schema(description = "表中原文，如 \"≥95%\"、\"1250本\"、\"完成\"") @Size(max = 2000) String text,
        @Schema(implementation = String.class, pattern = "^(≥|≤|=|>|<|>=|<=)$",
                description = "比较符 ≥ ≤ = > <（也接受 >= 与 <=；定量指标；省略按 = 处理）") Comparison operator,
        @Schema(description = "数值（定量指标）") BigDecimal value,
        @Schema(description = "计量单位，如 %、万元、册；无单位时省略") @Size(max = 20) String unit) {

    public Measure {
        if ((text == null || text.isBlank()) && value == null) {
            throw new IllegalArgumentException("指标值应有原文（text）或数值（value）");
        }
        if (value == null && (operator != null || unit != null)) {
            throw new IllegalArgumentException("有比较符或单位时应给出数值（value）");
        }
    }

    /** A quantitative value: a number to compare. */
    public boolean quantitative() {
        return value != null;
    }

    /** The operator, {@code =} when omitted. */
    public Comparison comparison() {
        return operator == null ? Comparison.EQUAL : operator;
    }

    /** The cell as published, or its structured form when no text was given. */
    public String display() {
        if (text != null && !text.isBlank()) {
            return text.trim();
        }
        return (operator == null ? "" : operator.symbol()) + value.toPlainString() + (unit == null ? "" : unit);
    }
}
