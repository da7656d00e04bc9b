package org.fiscaldisclosure.disclosure.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.document.Column;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.TableRow;
import org.junit.jupiter.api.Test;

/** 表10 as the form prints it: the items across, 预算数 on the left and 决算数 on the right. */
class AcrossTest {

    static final List<Column> COLUMNS = List.of(new Column("name", "项目", null), new Column("budget", "预算数", null),
            new Column("actual", "决算数", null));

    static TableRow row(String code, String name, String budget, String actual) {
        return new TableRow(code, 0, false, List.of(Cell.text(name), Cell.amount(new BigDecimal(budget)), Cell.amount(new BigDecimal(actual))));
    }

    @Test
    void threePublicShowsItsItemsAcrossUnderBudgetThenActual() {
        DocumentTable t10 = new DocumentTable("T10", "财政拨款“三公”经费支出决算表", null, COLUMNS, List.of(
                row("total", "合计", "30000.00", "21000.00"), row("abroad", "因公出国（境）费", "0.00", "0.00"),
                row("reception", "公务接待费", "30000.00", "21000.00")), List.of(), null);
        DocumentTable shown = Across.presented(t10);
        assertEquals(List.of("预算数", "预算数", "预算数", "决算数", "决算数", "决算数"), shown.columns().stream().map(Column::group).toList());
        assertEquals(List.of("合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "公务接待费"),
                shown.columns().stream().map(Column::label).toList());
        assertEquals(1, shown.rows().size());
        assertEquals(List.of("30000.00", "0.00", "30000.00", "21000.00", "0.00", "21000.00"),
                shown.rows().get(0).cells().stream().map(c -> c.value().toPlainString()).toList());
        // the header the page prints: 预算数 and 决算数 side by side over the items
        HeaderLayout header = HeaderLayout.of(shown.columns());
        assertEquals(List.of("预算数", "决算数"), header.row(0).stream().map(HeaderLayout.HeaderCell::label).toList());
    }

    @Test
    void anotherTableIsShownAsItIs() {
        DocumentTable t3 = new DocumentTable("T3", "支出决算表", null, COLUMNS, List.of(row("201", "一般公共服务支出", "1", "1")), List.of(), null);
        assertSame(t3, Across.presented(t3));
    }
}
