package org.fiscaldisclosure.contracts.part.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 二级指标 rows under one 一级指标 cell, as the table shows them: when the table leaves the 一级 cell of a row
 * blank (a merged cell), that row sits under the 一级指标 above it, even when it belongs elsewhere (rules report it).
 */
@Schema(description = "一个一级指标单元格及其下的二级指标（照表：一级单元格空白的行归入上方的一级指标）")
public record Level1Group(
        @Schema(description = "一级指标") @NotNull IndicatorLevel1 level1,
        @Schema(description = "二级指标，照表顺序") @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Level2Group> groups) {
}
