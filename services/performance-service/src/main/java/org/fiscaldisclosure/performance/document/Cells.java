package org.fiscaldisclosure.performance.document;

import org.fiscaldisclosure.contracts.document.Cell;
import org.fiscaldisclosure.contracts.part.performance.Measure;
import org.fiscaldisclosure.contracts.part.performance.Score;
import org.fiscaldisclosure.contracts.part.performance.StatedRate;
import org.fiscaldisclosure.contracts.value.Amount;

/** Cells of the published Part 4 tables, each holding what the part states, a blank where it states nothing. */
final class Cells {

    /** The mark the 自评表 prints where a row has no 分值 or 得分. */
    static final String NOT_SCORED = "—";

    private Cells() {
    }

    static Cell amount(Amount amount) {
        return amount == null ? Cell.empty() : Cell.amount(amount.yuan());
    }

    static Cell points(Score score) {
        return score == null ? Cell.empty() : Cell.number(score.points());
    }

    /** An 执行率 as stated: a percentage when written with %, else the text as printed (a rule reports it). */
    static Cell rate(StatedRate rate) {
        if (rate == null) {
            return Cell.empty();
        }
        return rate.hasUnit() ? Cell.percent(rate.percent()) : Cell.text(rate.text());
    }

    static Cell text(String text) {
        return text == null || text.isBlank() ? Cell.empty() : Cell.text(text.strip());
    }

    /** A 年度指标值 or 实际完成值 as the table prints it. */
    static Cell measure(Measure measure) {
        return measure == null ? Cell.empty() : Cell.text(measure.display());
    }
}
