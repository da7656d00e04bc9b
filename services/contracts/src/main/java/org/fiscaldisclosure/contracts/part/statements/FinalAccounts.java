package org.fiscaldisclosure.contracts.part.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The statements part of a disclosure (部门决算报表 tables 1-10 and what the 决算说明 needs besides them). The tables
 * are data keyed by their role in the year's table set ({@code tableSet}, e.g. {@code beijing-2024}); the set gives
 * each table's number, title, columns and rows. Amounts in 元.
 */
@Schema(description = "部门决算：单位基本情况、决算报表（表1-10）与决算说明所需数据（金额单位：元）")
public record FinalAccounts(
        @Schema(description = "部门/单位基本情况") @NotNull @Valid UnitInfo unit,
        @Schema(description = "报表版式（按年度）", examples = "beijing-2024") @NotBlank @Size(max = 64) String tableSet,
        @Schema(description = "决算报表，键为版式中的表键（summary, income, expenditure, appropriation, generalBudget, "
                + "generalBudgetBasic, governmentFund, governmentFundBasic, stateCapital, threePublic）")
        @NotNull Map<@NotBlank String, @NotNull @Valid StatementTable> tables,
        @Schema(description = "一般公共预算财政拨款年初预算（按类/款/项）") @NotNull @Size(max = 5000) List<@NotNull @Valid BudgetLine> initialBudget,
        @Schema(description = "上年数与增减原因") @NotNull @Valid PriorYear priorYear,
        @Schema(description = "其他重要事项") @NotNull @Valid OtherMatters other,
        @Schema(description = "金额的来源：YUAN（省略时）= 按元填报，合计由本系统计算；WAN_YUAN_AS_PRINTED = 照录已公布的万元报表"
                + "（各数为所印万元数×10000 元），所印合计照录公布，与所印各项之和的差额在每项 0.01 万元以内为提示、超出为警告")
        FigureBasis figureBasis) {

    /** Where the amounts come from. */
    public enum FigureBasis {
        /** Entered in 元 from the accounts: every total is computed, HALF_UP once when printed in 万元. */
        YUAN,
        /** Keyed in from a document published in 万元 (each figure the printed 万元 × 10,000): stated totals kept as printed. */
        WAN_YUAN_AS_PRINTED
    }

    /** A part without a stated basis is entered in 元. */
    public FinalAccounts(UnitInfo unit, String tableSet, Map<String, StatementTable> tables, List<BudgetLine> initialBudget,
                         PriorYear priorYear, OtherMatters other) {
        this(unit, tableSet, tables, initialBudget, priorYear, other, null);
    }

    /** Whether the figures are transcribed from a document printed in 万元 (stated totals kept as printed). */
    public boolean asPrinted() {
        return figureBasis == FigureBasis.WAN_YUAN_AS_PRINTED;
    }

    public Optional<StatementTable> table(String key) {
        return Optional.ofNullable(tables.get(key));
    }
}
