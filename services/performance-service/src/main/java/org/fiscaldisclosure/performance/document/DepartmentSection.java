package org.fiscaldisclosure.performance.document;

import static org.fiscaldisclosure.performance.document.TextBlocks.concat;
import static org.fiscaldisclosure.performance.document.TextBlocks.headed;
import static org.fiscaldisclosure.performance.document.TextBlocks.paragraphs;
import static org.fiscaldisclosure.performance.document.TextBlocks.sections;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.part.performance.BudgetBreakdown;
import org.fiscaldisclosure.contracts.part.performance.DepartmentBudgetExecution;
import org.fiscaldisclosure.contracts.part.performance.DepartmentEvaluation;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.PublishedText;
import org.fiscaldisclosure.performance.scoring.ScoringEngine;

/**
 * 部门整体绩效评价 as published: the template's headings (部门概况 … 总体评价结论, numbered in order), under them the entered text
 * and the table 当年预算执行情况 with the figures as the part states them. The sentences that quote figures are
 * generated from the same figures, never entered: 当年预算执行情况 (全年预算数 and 资金总体支出 with their 基本/项目/其他
 * parts, 预算执行率 computed from the exact amounts) and 评价得分情况 (the score and grade as stated, a sentence as the
 * template prints it, not a table of one cell). A heading with nothing entered under it is left out, and the numbers of the others follow on (一、二、三、
 * never 一、二、五). Row codes are the rows the part's findings name.
 */
final class DepartmentSection {

    static final String ID = "P4-department";
    static final String TITLE = "部门整体绩效评价情况";
    static final String BUDGET_ROW = "当年预算执行情况";
    static final String CONCLUSION_ROW = "总体评价结论";

    private DepartmentSection() {
    }

    static DocumentSection of(DepartmentEvaluation d, FiscalYear year) {
        List<Block> blocks = numbered(List.of(
                new Heading("部门概况", numbered(List.of(
                        new Heading("机构设置及职责工作任务情况", paragraphs(d.overview())),
                        new Heading("部门整体绩效目标设立情况", paragraphs(d.performanceGoals()))), true)),
                new Heading("当年预算执行情况", concat(budgetSentence(d.budgetExecution(), year), budgetExecution(d.budgetExecution()))),
                new Heading("整体绩效目标实现情况", numbered(List.of(
                        new Heading("产出完成情况分析", sections(d.outputs())),
                        new Heading("效果实现情况分析", sections(d.effects()))), true)),
                new Heading("预算管理情况分析", sections(d.budgetManagement())),
                new Heading("总体评价结论", numbered(List.of(
                        new Heading("评价得分情况", List.of(Block.paragraph(scoreSentence(d, year)))),
                        new Heading("存在的问题及原因分析", paragraphs(d.problems())),
                        new Heading("措施建议", paragraphs(d.measures()))), true))), false);
        return new DocumentSection(Slot.DEPARTMENT_EVALUATION, ID, TITLE, blocks);
    }

    /** The template has at most five headings at a level. */
    private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

    /** A heading of the template (without its number) and what stands under it. */
    record Heading(String title, List<Block> content) {
    }

    /**
     * The headings that have something under them, numbered in order as printed (一、二、三… or （一）（二）…): a heading
     * left out takes no number, so the numbers never skip.
     */
    static List<Block> numbered(List<Heading> headings, boolean inner) {
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (Heading h : headings) {
            if (h.content().isEmpty()) {
                continue;
            }
            String number = NUMERALS.get(n++ - 1);
            blocks.addAll(headed(inner ? "（" + number + "）" + h.title() : number + "、" + h.title(), h.content()));
        }
        return blocks;
    }

    /**
     * "2024年全年预算数358.64万元，其中，基本支出预算数8.52万元，项目支出预算数350.12万元，其他支出预算数0万元。资金总体支出
     * 358.64万元，其中，基本支出8.52万元，项目支出350.12万元，其他支出0万元。预算执行率为100%。" The rate is 资金总体支出 of
     * 全年预算数 from the exact amounts (HALF_UP, two decimals); the stated rate stays in the table, checked by PF-EXE-….
     */
    static List<Block> budgetSentence(DepartmentBudgetExecution b, FiscalYear year) {
        if (b == null) {
            return List.of();
        }
        Amount budget = ScoringEngine.total(b.budget());
        Amount spent = ScoringEngine.total(b.expenditure());
        String rate = budget.isZero() ? "" : "预算执行率为" + PublishedText.share(spent, budget) + "。";
        return List.of(Block.paragraph(year.value() + "年全年预算数" + PublishedText.wanYuan(budget) + "，其中，"
                + parts(b.budget(), "预算数") + "。资金总体支出" + PublishedText.wanYuan(spent) + "，其中，"
                + parts(b.expenditure(), "") + "。" + rate));
    }

    private static String parts(BudgetBreakdown b, String suffix) {
        return "基本支出" + suffix + PublishedText.wanYuan(b.basic()) + "，项目支出" + suffix + PublishedText.wanYuan(b.project())
                + "，其他支出" + suffix + PublishedText.wanYuan(Amount.orZero(b.other()));
    }

    /** "2024年度评价得分为98分。", with "，评价等级为优。" when the part states a grade. */
    static String scoreSentence(DepartmentEvaluation d, FiscalYear year) {
        return year.value() + "年度评价得分为" + d.score().points().stripTrailingZeros().toPlainString() + "分"
                + (d.grade() == null ? "" : "，评价等级为" + d.grade().label()) + "。";
    }

    /** 全年预算数 and 资金总体支出 by 基本/项目/其他支出, and the stated 预算执行率. */
    static List<Block> budgetExecution(DepartmentBudgetExecution b) {
        if (b == null) {
            return List.of();
        }
        List<Column> columns = List.of(new Column("item", "项目", null), new Column("total", "合计", null),
                new Column("basic", "基本支出", null), new Column("project", "项目支出", null),
                new Column("other", "其他支出", null));
        List<TableRow> rows = List.of(
                breakdown("全年预算数", b.budget()),
                breakdown("资金总体支出", b.expenditure()),
                new TableRow(BUDGET_ROW + "/预算执行率", 0, false,
                        List.of(Cell.text("预算执行率"), Cells.rate(b.executionRate()).spanning(columns.size() - 1))));
        return List.of(Block.table(new DocumentTable(ID + "-budget", BUDGET_ROW, null, columns, rows, List.of(), null)));
    }

    /** A breakdown as stated: its 合计 as written (the sum of its parts when the text gives none), 其他 0 when unwritten. */
    private static TableRow breakdown(String label, BudgetBreakdown b) {
        return new TableRow(BUDGET_ROW + "/" + label, 0, false, List.of(Cell.text(label),
                Cells.amount(ScoringEngine.total(b)), Cells.amount(b.basic()), Cells.amount(b.project()),
                Cells.amount(Amount.orZero(b.other()))));
    }

}
