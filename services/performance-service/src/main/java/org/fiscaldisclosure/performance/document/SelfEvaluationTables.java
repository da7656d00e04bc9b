package org.fiscaldisclosure.performance.document;

import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.part.performance.AnnualGoal;
import org.fiscaldisclosure.contracts.part.performance.Indicator;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.performance.ProjectFunds;
import org.fiscaldisclosure.performance.figures.FundsLine;
import org.fiscaldisclosure.performance.scoring.IndicatorRow;

/**
 * A 项目支出绩效自评表 as published, in its three blocks: 项目资金 (with the 预算执行率 row's 分值, 执行率 and 得分),
 * 年度总体目标, and 绩效指标 ending with the 总分 row. Every score is the one the table states, as entered, however
 * it compares with what the scoring engine computes (the findings report the differences). Row codes are the rows
 * the part's findings name: {@code 项目资金/…}, {@code 年度总体目标}, the indicator path 一级/二级/三级, {@code 总分}.
 */
final class SelfEvaluationTables {

    static final String TOTAL = "总分";
    private static final String FUNDS = "项目资金";
    private static final String GOAL = "年度总体目标";
    private static final String INDICATORS = "绩效指标";

    private static final List<Column> FUNDS_COLUMNS = List.of(
            new Column("item", FUNDS, null),
            new Column("initialBudget", "年初预算数", null),
            new Column("annualBudget", "全年预算数", null),
            new Column("execution", "全年执行数", null),
            new Column("maxPoints", "分值", null),
            new Column("executionRate", "执行率", null),
            new Column("points", "得分", null));

    private static final List<Column> GOAL_COLUMNS = List.of(
            new Column("expected", "预期目标", null),
            new Column("actual", "实际完成情况", null));

    private static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column("level1", "一级指标", null),
            new Column("level2", "二级指标", null),
            new Column("level3", "三级指标", null),
            new Column("target", "年度指标值", null),
            new Column("actual", "实际完成值", null),
            new Column("maxPoints", "分值", null),
            new Column("points", "得分", null),
            new Column("deviation", "偏差原因分析及改进措施", null));

    private SelfEvaluationTables() {
    }

    /** The tables of one 自评表, their ids under {@code id}. */
    static List<Block> of(String id, ProjectEvaluation p) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.table(funds(id, p.funds())));
        if (p.goal() != null) {
            blocks.add(Block.table(goal(id, p.goal())));
        }
        blocks.add(Block.table(indicators(id, p)));
        return blocks;
    }

    static DocumentTable funds(String id, ProjectFunds f) {
        List<TableRow> rows = new ArrayList<>();
        for (FundsLine line : FundsLine.of(f)) {
            Cell maxPoints = line.total() ? Cells.points(f.maxPoints()) : Cell.text(Cells.NOT_SCORED);
            Cell points = line.total() ? Cells.points(f.points()) : Cell.text(Cells.NOT_SCORED);
            rows.add(new TableRow(FUNDS + "/" + line.label(), 0, line.total(), List.of(Cell.text(line.printed()),
                    Cells.amount(line.row().initialBudget()), Cells.amount(line.row().annualBudget()),
                    Cells.amount(line.row().execution()), maxPoints, Cells.rate(line.row().executionRate()), points)));
        }
        return new DocumentTable(id + "-funds", FUNDS, null, FUNDS_COLUMNS, rows, List.of(), null);
    }

    static DocumentTable goal(String id, AnnualGoal goal) {
        return new DocumentTable(id + "-goal", GOAL, null, GOAL_COLUMNS,
                List.of(new TableRow(GOAL, 0, false, List.of(Cells.text(goal.expected()), Cells.text(goal.actual())))),
                List.of(), null);
    }

    /** One row per 三级指标 under the 一级指标 the table places it, then 总分 with its 分值 and the stated 得分. */
    static DocumentTable indicators(String id, ProjectEvaluation p) {
        List<TableRow> rows = new ArrayList<>();
        for (IndicatorRow row : IndicatorRow.of(p)) {
            Indicator ind = row.indicator();
            rows.add(new TableRow(row.path(), 0, false, List.of(Cell.text(row.placedUnder().label()),
                    Cell.text(row.level2().label()), Cell.text(ind.name().strip()), Cells.measure(ind.target()),
                    Cells.measure(ind.actual()), Cells.points(ind.maxPoints()), Cells.points(ind.points()),
                    Cells.text(ind.deviation()))));
        }
        rows.add(new TableRow(TOTAL, 0, true, List.of(Cell.text(TOTAL).spanning(5),
                Cells.points(p.total().maxPoints()), Cells.points(p.total().points()), Cell.empty())));
        return new DocumentTable(id + "-indicators", INDICATORS, null, INDICATOR_COLUMNS, rows, List.of(), null);
    }
}
