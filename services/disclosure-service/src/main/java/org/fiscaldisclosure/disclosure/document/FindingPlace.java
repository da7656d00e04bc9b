package org.fiscaldisclosure.disclosure.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.BlockKind;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;

/**
 * Where a finding stands, said as a person reads the published document: {@code 第一部分 二、支出决算表 2010301 行政运行
 * 基本支出}, {@code 第四部分 第1张自评表 产出指标 第3行 得分}. The finding's address (part, table, row, column: a table id
 * such as {@code T3} or a performance pointer such as {@code /projects/0}, a row code or indicator path, a column key)
 * is looked up in the assembled document: the section that holds the table gives the part and heading, the row its
 * name, the column its printed header. What the document does not hold is said as the finding gives it, except a
 * bare machine key, which is left out (the address itself stays in the JSON and is what explanations name).
 */
public final class FindingPlace {

    private static final Pattern PROJECT = Pattern.compile("/projects/([0-9]+)");
    private static final Pattern REPORT = Pattern.compile("/reports/([0-9]+)");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private FindingPlace() {
    }

    public static String of(String part, String table, String row, String column, DocumentOutline outline) {
        List<String> words = new ArrayList<>();
        List<DocumentTable> tables = List.of();
        Matcher project = table == null ? null : PROJECT.matcher(table);
        Matcher report = table == null ? null : REPORT.matcher(table);
        if ("performance".equals(part) && project != null && project.matches()) {
            int n = Integer.parseInt(project.group(1));
            words.add(partLabel(4));
            words.add("第" + (n + 1) + "张自评表");
            tables = projectSections(outline).stream().skip(n).findFirst().map(FindingPlace::tablesOf).orElse(List.of());
        } else if ("performance".equals(part) && report != null && report.matches()) {
            words.add(partLabel(4));
            words.add("第" + (Integer.parseInt(report.group(1)) + 1) + "份项目绩效评价报告");
        } else if ("performance".equals(part) && "/department".equals(table)) {
            words.add(partLabel(4));
            Optional<OutlineSection> dept = section(outline, s -> "performance".equals(s.owner()) && s.section().id().equals("P4-department"));
            dept.ifPresent(s -> words.add(s.heading()));
            tables = dept.map(FindingPlace::tablesOf).orElse(List.of());
        } else if (table != null) {
            Optional<OutlinePart> holder = outline.parts().stream().filter(p -> p.sections().stream()
                    .anyMatch(s -> s.owner().equals(part) && tablesOf(s).stream().anyMatch(t -> table.equals(t.id())))).findFirst();
            if (holder.isPresent()) {
                words.add(partLabel(holder.get().number()));
                OutlineSection s = holder.get().sections().stream()
                        .filter(x -> x.owner().equals(part) && tablesOf(x).stream().anyMatch(t -> table.equals(t.id()))).findFirst().orElseThrow();
                words.add(s.heading());
                tables = tablesOf(s).stream().filter(t -> table.equals(t.id())).toList();
            } else {
                words.add(readable(table));
            }
        }
        List<DocumentTable> found = tables;
        Optional<DocumentTable> holding = found.stream().filter(t -> row != null && t.rows().stream().anyMatch(r -> row.equals(r.code())))
                .findFirst().or(() -> found.stream().findFirst());
        if (row != null) {
            words.add(holding.flatMap(t -> rowName(t, row)).orElse(readable(row)));
        }
        if (column != null) {
            words.add(holding.flatMap(t -> t.columns().stream().filter(c -> column.equals(c.key())).findFirst())
                    .map(FindingPlace::columnName).orElse(readable(column)));
        }
        return String.join(" ", words.stream().filter(w -> w != null && !w.isBlank()).toList());
    }

    private static String partLabel(int n) {
        return DocumentOutline.partTitle(n, 0).substring(0, 4);
    }

    private static List<OutlineSection> projectSections(DocumentOutline outline) {
        return outline.parts().stream().flatMap(p -> p.sections().stream())
                .filter(s -> "performance".equals(s.owner()) && s.section().id().startsWith("P4-project-")).toList();
    }

    private static Optional<OutlineSection> section(DocumentOutline outline, java.util.function.Predicate<OutlineSection> which) {
        return outline.parts().stream().flatMap(p -> p.sections().stream()).filter(which).findFirst();
    }

    private static List<DocumentTable> tablesOf(OutlineSection s) {
        return s.section().blocks().stream().filter(b -> b.kind() == BlockKind.TABLE && b.table() != null).map(Block::table).toList();
    }

    /**
     * The row as the table names it: an indicator (一级/二级/三级) as its 一级指标 and its line under it ({@code 产出指标
     * 第3行}), a classification row as code and name, another row by its name.
     */
    private static Optional<String> rowName(DocumentTable t, String row) {
        List<TableRow> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            if (!row.equals(r.code())) {
                continue;
            }
            int slash = row.indexOf('/');
            if (slash > 0 && t.columns().stream().anyMatch(c -> "一级指标".equals(c.label()))) {
                String level1 = row.substring(0, slash);
                int line = (int) rows.subList(0, i + 1).stream().filter(x -> x.code() != null && x.code().startsWith(level1 + "/")).count();
                return Optional.of(level1 + " 第" + line + "行");
            }
            String name = r.cells().stream().filter(c -> c.kind() == CellKind.TEXT && c.text() != null && !c.text().isBlank())
                    .map(Cell::text).map(String::strip).filter(x -> !x.equals(row)).findFirst().orElse("");
            return Optional.of(DIGITS.matcher(row).matches() ? (row + " " + name).strip() : name.isEmpty() ? readable(row) : name);
        }
        return Optional.empty();
    }

    private static String columnName(Column c) {
        return c.group() == null || c.group().isBlank() || c.group().equals(c.label()) ? c.label() : c.group() + " " + c.label();
    }

    /** A segment as the finding gives it when it reads as words (Chinese, or a code); a bare machine key is left out. */
    private static String readable(String segment) {
        if (segment == null) {
            return null;
        }
        String s = segment.strip();
        if (CJK.matcher(s).find()) {
            return s.replace('/', ' ');
        }
        return DIGITS.matcher(s).matches() ? s : null;
    }
}
