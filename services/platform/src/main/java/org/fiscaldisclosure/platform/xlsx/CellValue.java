package org.fiscaldisclosure.platform.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fiscaldisclosure.contracts.value.Amount;

/** What {@link SheetWriter} puts into one cell. */
public sealed interface CellValue {

    /** A text cell. */
    record Text(String text) implements CellValue {
    }

    /** An amount shown in 万元 with two decimals, holding the exact 元 amount / 10,000. */
    record WanYuan(Amount amount) implements CellValue {
    }

    /** A percentage (100 for 100%) shown with two decimals, held as a fraction (1 for 100%). */
    record Percent(BigDecimal percent) implements CellValue {
    }

    /** A date, shown as yyyy-mm-dd. */
    record Date(LocalDate date) implements CellValue {
    }

    /** An empty, bordered cell. */
    record Blank() implements CellValue {
    }

    static CellValue text(String text) {
        return text == null ? new Blank() : new Text(text);
    }

    static CellValue wanYuan(Amount amount) {
        return amount == null ? new Blank() : new WanYuan(amount);
    }

    static CellValue percent(BigDecimal percent) {
        return percent == null ? new Blank() : new Percent(percent);
    }

    static CellValue date(LocalDate date) {
        return date == null ? new Blank() : new Date(date);
    }

    static CellValue blank() {
        return new Blank();
    }
}
