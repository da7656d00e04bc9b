package org.fiscaldisclosure.disclosure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.CellKind;
import org.fiscaldisclosure.contracts.document.Classification;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.junit.jupiter.api.Test;

/** Two-sided tables shown as the form prints them, totals facing each other. */
class SideBySideTest {

    static final List<Column> COLUMNS = List.of(new Column("code", "编码", null), new Column("name", "项目", null),
            new Column("amount", "金额", null));

    static TableRow row(String side, boolean total, String code, String name, String yuan) {
        return new TableRow(code != null ? code : name, code == null ? 0 : 1, total, side,
                List.of(code == null ? Cell.empty() : Cell.text(code), Cell.text(name), Cell.amount(new BigDecimal(yuan))));
    }

    /** 表1 of the sample as the statements part sends it: 12 income rows, then 201 and the 4 expenditure rows. */
    static DocumentTable tableOne() {
        List<TableRow> rows = new ArrayList<>();
        String[] income = {"一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入",
                "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"};
        for (int i = 0; i < income.length; i++) {
            rows.add(row("收入", false, null, income[i], i == 0 ? "3586400.00" : "0.00"));
        }
        rows.add(row("收入", true, null, "本年收入合计", "3586400.00"));
        rows.add(row("收入", false, null, "使用非财政拨款结余", "0.00"));
        rows.add(row("收入", false, null, "年初结转和结余", "0.00"));
        rows.add(row("收入", true, null, "收入总计", "3586400.00"));
        rows.add(row("支出", false, "201", "一般公共服务支出", "3586400.00"));
        rows.add(row("支出", true, null, "本年支出合计", "3586400.00"));
        rows.add(row("支出", false, null, "结余分配", "0.00"));
        rows.add(row("支出", false, null, "年末结转和结余", "0.00"));
        rows.add(row("支出", true, null, "支出总计", "3586400.00"));
        return new DocumentTable("T1", "收入支出决算总表", null, COLUMNS, rows, List.of(), Classification.FUNCTIONAL);
    }

    static List<String> names(TableRow r, int nameColumn) {
        return List.of(text(r.cells().get(nameColumn)));
    }

    static String text(Cell c) {
        return c.kind() == CellKind.EMPTY ? "" : c.kind() == CellKind.TEXT ? c.text() : c.value().toPlainString();
    }

    @Test
    void tableOneShowsIncomeBesideExpenditureWithTheTotalsFacingEachOther() {
        DocumentTable shown = SideBySide.presented(tableOne());
        // 收入: 项目, 金额 (no income row has a code) | 支出: 编码, 项目, 金额
        assertEquals(List.of("收入", "收入", "支出", "支出", "支出"), shown.columns().stream().map(Column::group).toList());
        assertEquals(List.of("项目", "金额", "编码", "项目", "金额"), shown.columns().stream().map(Column::label).toList());
        List<String> lines = shown.rows().stream()
                .map(r -> text(r.cells().get(0)) + "|" + text(r.cells().get(2)) + "|" + text(r.cells().get(3)) + (r.emphasis() ? "*" : ""))
                .toList();
        assertEquals(List.of(
                "一、一般公共预算财政拨款收入|201|一般公共服务支出",
                "二、政府性基金预算财政拨款收入||",
                "三、国有资本经营预算财政拨款收入||",
                "四、上级补助收入||",
                "五、事业收入||",
                "六、经营收入||",
                "七、附属单位上缴收入||",
                "八、其他收入||",
                "本年收入合计||本年支出合计*",
                "使用非财政拨款结余||结余分配",
                "年初结转和结余||年末结转和结余",
                "收入总计||支出总计*"), lines);
        assertEquals("3586400.00", text(shown.rows().get(8).cells().get(1)));
        assertEquals("3586400.00", text(shown.rows().get(8).cells().get(4)));
        assertEquals(CellKind.EMPTY, shown.rows().get(1).cells().get(4).kind(), "a blank line on the shorter side");
    }

    @Test
    void personnelAndPublicUseStandSideBySideWithTheirTotalsOnOneLine() {
        List<TableRow> rows = List.of(
                row("公用经费", false, "302", "商品和服务支出", "80000.00"),
                row("公用经费", false, "30201", "办公费", "80000.00"),
                row("人员经费", false, "303", "对个人和家庭的补助", "5200.00"),
                row("公用经费", false, "310", "资本性支出", "0.00"),
                row("人员经费", true, null, "人员经费合计", "5200.00"),
                row("公用经费", true, null, "公用经费合计", "80000.00"));
        DocumentTable shown = SideBySide.presented(new DocumentTable("T6", "基本支出", null, COLUMNS, rows, List.of(),
                Classification.ECONOMIC));
        // 人员经费 on the left as the form prints it, though a 公用经费 row comes first; 编码 on both sides
        assertEquals(List.of("人员经费", "人员经费", "人员经费", "公用经费", "公用经费", "公用经费"),
                shown.columns().stream().map(Column::group).toList(), "sides in the form's order");
        assertEquals("编码", shown.columns().get(3).label());
        List<String> lines = shown.rows().stream().map(r -> text(r.cells().get(0)) + "|" + text(r.cells().get(3))).toList();
        assertEquals(List.of("303|302", "|30201", "|310", "|"), lines);
        assertEquals("人员经费合计|公用经费合计", text(shown.rows().get(3).cells().get(1)) + "|" + text(shown.rows().get(3).cells().get(4)));
    }

    @Test
    void aTableWithoutSidesOrWithOneSideIsShownAsItIs() {
        DocumentTable plain = new DocumentTable("T3", "支出决算表", null, COLUMNS,
                List.of(new TableRow("201", 1, false, List.of(Cell.text("201"), Cell.text("一般公共服务支出"), Cell.amount(BigDecimal.ONE)))),
                List.of(), Classification.FUNCTIONAL);
        assertSame(plain, SideBySide.presented(plain));
        DocumentTable oneSide = new DocumentTable("T1", "收入支出决算总表", null, COLUMNS,
                List.of(row("收入", true, null, "本年收入合计", "1.00")), List.of(), null);
        assertSame(oneSide, SideBySide.presented(oneSide));
    }

    @Test
    void anEmptyTableEightShowsBothSidesOfTheFormWithTheirCodeColumns() {
        DocumentTable empty = new DocumentTable("T8", "政府性基金预算财政拨款基本支出决算表", "公开08表", COLUMNS, List.of(),
                List.of("注：本单位无此项支出。"), Classification.ECONOMIC);
        DocumentTable shown = SideBySide.presented(empty);
        assertEquals(List.of("人员经费", "人员经费", "人员经费", "公用经费", "公用经费", "公用经费"),
                shown.columns().stream().map(Column::group).toList());
        assertEquals(List.of("编码", "项目", "金额", "编码", "项目", "金额"), shown.columns().stream().map(Column::label).toList());
        assertEquals(List.of(), shown.rows());
        assertEquals(empty.notes(), shown.notes());
        // an empty table of another kind stays as it is
        DocumentTable seven = new DocumentTable("T7", "政府性基金预算财政拨款收入支出决算表", "公开07表", COLUMNS, List.of(), List.of(),
                Classification.FUNCTIONAL);
        assertSame(seven, SideBySide.presented(seven));
    }
}
