package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * One row of a statement table: a classification code (功能分类 类/款/项 or 经济分类 类/款) or a fixed row key of
 * the table's layout, and its amounts by column key, in 元.
 */
public record StatementRow(
        @Schema(description = "科目编码（3/5/7位）或版式中的固定行键", examples = "2013901")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z.]+") String code,
        @Schema(description = "科目名称（可省略；与目录不一致时给出提示）")
        @Size(max = 200) String name,
        @Schema(description = "各列金额（元），键为版式中的列键")
        @NotNull Map<@NotBlank String, @NotNull Amount> values) {

    /** The amount of a column, zero when the row leaves it out. */
    public Amount value(String column) {
        return Amount.orZero(values.get(column));
    }
}
