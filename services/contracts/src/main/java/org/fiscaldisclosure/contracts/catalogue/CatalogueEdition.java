package org.fiscaldisclosure.contracts.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One edition of a year's classification catalogue of one scheme, as the budget platform publishes it on
 * {@code fiscal.catalogues.v1} (type {@code fiscal.catalogue.edition.v1}, key {@code <year>:<scheme>}): the entries in
 * the official layout (科目编码, 科目名称), whether the edition is the whole catalogue of the year, the official source,
 * and the codes of the year before that this year's codes replace.
 */
@Schema(description = "分类科目目录的一个版本（按年度、按分类）")
public record CatalogueEdition(
        @Schema(description = "年度", examples = "2024") @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @Schema(description = "分类：func 支出功能分类，econ_gov 政府预算支出经济分类，econ_dept 部门预算支出经济分类")
        @NotNull ClassificationScheme scheme,
        @Schema(description = "本版本是否为该年度该分类的完整目录") @NotNull Boolean complete,
        @Schema(description = "来源（文件名称与文号或系统）", examples = "《2024年政府收支分类科目》（财政部）")
        @NotBlank @Size(max = 500) String source,
        @Schema(description = "科目：科目编码、科目名称") @NotNull @Size(min = 1, max = 20000) List<@NotNull @Valid Entry> entries,
        @Schema(description = "上年科目编码 → 本年科目编码（科目调整）") @Size(max = 20000) List<@NotNull @Valid Change> changes) {

    public CatalogueEdition {
        changes = changes == null ? List.of() : changes;
    }

    /** 科目编码, 科目名称. */
    public record Entry(@Schema(description = "科目编码") @NotBlank @Pattern(regexp = "[0-9]{3,7}") String code,
                        @Schema(description = "科目名称") @NotBlank @Size(max = 200) String name) {
    }

    /** A code of the year before and the code of this year that replaces it. */
    public record Change(@Schema(description = "上年科目编码") @NotBlank @Pattern(regexp = "[0-9]{3,7}") String previousCode,
                         @Schema(description = "本年科目编码") @NotBlank @Pattern(regexp = "[0-9]{3,7}") String code) {
    }
}
