package org.fiscaldisclosure.disclosure.quality;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One checked item of a criterion.
 *
 * @param criterion the criterion
 * @param item      what was checked: a table id ({@code T7}), {@code T3/20103} (a row of a table), a part
 *                  ({@code part:procurement}), {@code firstPublication}, {@code threePublic}
 * @param outcome   the outcome
 * @param text      the outcome in words
 */
public record QualityItem(
        QualityCriterion criterion,
        @Schema(description = "所查事项：表号（T7）、表中行（T3/20103）、部分（part:procurement）、firstPublication、threePublic") String item,
        QualityOutcome outcome,
        @Schema(description = "结论说明") String text) {

    static QualityItem pass(QualityCriterion c, String item, String text) {
        return new QualityItem(c, item, QualityOutcome.PASS, text);
    }

    static QualityItem fail(QualityCriterion c, String item, String text) {
        return new QualityItem(c, item, QualityOutcome.FAIL, text);
    }

    static QualityItem notApplicable(QualityCriterion c, String item, String text) {
        return new QualityItem(c, item, QualityOutcome.NOT_APPLICABLE, text);
    }
}
