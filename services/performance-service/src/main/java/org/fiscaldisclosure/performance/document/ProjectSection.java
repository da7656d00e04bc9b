package org.fiscaldisclosure.performance.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.performance.ProjectReport;
import org.fiscaldisclosure.contracts.part.performance.ReportFundsLine;
import org.fiscaldisclosure.contracts.part.performance.Section;

/**
 * One evaluated project as published: its 项目支出绩效评价报告 when the part has one (its sections, and its
 * 项目预算支出明细 after the 项目概况), then its 项目支出绩效自评表. The section's title is the 项目名称 the table
 * prints.
 */
final class ProjectSection {

    static final String REPORT_TITLE = "项目支出绩效评价报告";
    static final String TABLE_TITLE = "项目支出绩效自评表";
    private static final String OVERVIEW = "项目概况";
    private static final String REPORT_FUNDS_ROW = "资金投入和使用情况/";

    private static final List<Column> REPORT_FUNDS_COLUMNS = List.of(
            new Column("projectName", "项目名称", null),
            new Column("budget", "预算", null),
            new Column("expenditure", "支出", null),
            new Column("difference", "差额", null));

    private ProjectSection() {
    }

    /** A 自评表 and, when given, the report on its project. */
    static DocumentSection of(String id, ProjectEvaluation p, ProjectReport report) {
        List<Block> blocks = new ArrayList<>();
        if (report != null) {
            blocks.add(Block.heading(REPORT_TITLE));
            blocks.addAll(report(id, report));
        }
        blocks.add(Block.heading(TABLE_TITLE));
        blocks.addAll(SelfEvaluationTables.of(id, p));
        return new DocumentSection(Slot.PROJECT_EVALUATIONS, id, p.name().strip(), blocks);
    }

    /** A report whose project has no 自评表 in the part: published on its own, under the report's title. */
    static DocumentSection ofReport(String id, ProjectReport report) {
        return new DocumentSection(Slot.PROJECT_EVALUATIONS, id, REPORT_TITLE, report(id, report));
    }

    /**
     * The report's sections, its 项目预算支出明细 after the last section under 项目概况 (else at its end), under the
     * heading the template gives it, numbered after the last one of 项目概况 (3.实施情况 → 4.资金投入和使用情况).
     */
    static List<Block> report(String id, ProjectReport report) {
        List<Section> sections = report.sections() == null ? List.of() : report.sections();
        int after = sections.size() - 1;
        boolean overview = false;
        for (int i = 0; i < sections.size(); i++) {
            if (TextBlocks.levels(sections.get(i).heading()).stream().anyMatch(h -> h.contains(OVERVIEW))) {
                after = i;
                overview = true;
            }
        }
        TextBlocks writer = new TextBlocks();
        List<Block> blocks = new ArrayList<>();
        List<Block> funds = funds(id, report.funds());
        if (!funds.isEmpty()) {
            List<Block> headed = new ArrayList<>();
            headed.add(Block.heading(fundsHeading(overview ? sections.get(after) : null)));
            headed.addAll(funds);
            funds = headed;
        }
        if (sections.isEmpty()) {
            blocks.addAll(funds);
        }
        for (int i = 0; i < sections.size(); i++) {
            blocks.addAll(writer.section(sections.get(i)));
            if (i == after) {
                blocks.addAll(funds);
            }
        }
        return blocks;
    }

    static final String FUNDS_HEADING = "资金投入和使用情况";
    private static final Pattern NUMBERED = Pattern.compile("([0-9]+)([.．、])");

    /**
     * 资金投入和使用情况, numbered after {@code last} (the last section under 项目概况) when its own heading is
     * numbered the template's way ({@code 3.实施情况} → {@code 4.资金投入和使用情况}), else unnumbered.
     */
    static String fundsHeading(Section last) {
        List<String> levels = last == null ? List.of() : TextBlocks.levels(last.heading());
        if (levels.size() >= 2) {
            Matcher m = NUMBERED.matcher(levels.get(levels.size() - 1));
            if (m.lookingAt()) {
                return (Integer.parseInt(m.group(1)) + 1) + m.group(2) + FUNDS_HEADING;
            }
        }
        return FUNDS_HEADING;
    }

    /** 项目预算支出明细: 预算, 支出 and the 差额 as stated (blank when not stated). */
    static List<Block> funds(String id, List<ReportFundsLine> lines) {
        if (lines == null || lines.isEmpty()) {
            return List.of();
        }
        List<TableRow> rows = lines.stream().map(l -> new TableRow(REPORT_FUNDS_ROW + l.projectName().strip(), 0, false,
                List.of(Cell.text(l.projectName().strip()), Cells.amount(l.budget()), Cells.amount(l.expenditure()),
                        l.difference() == null ? Cell.empty() : Cell.amount(l.difference())))).toList();
        return List.of(Block.table(new DocumentTable(id + "-report-funds", "项目预算支出明细", null, REPORT_FUNDS_COLUMNS,
                rows, List.of(), null)));
    }
}
