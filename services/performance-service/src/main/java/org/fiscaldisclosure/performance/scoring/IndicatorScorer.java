package org.fiscaldisclosure.performance.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.fiscaldisclosure.contracts.part.performance.Comparison;
import org.fiscaldisclosure.contracts.part.performance.Indicator;
import org.fiscaldisclosure.contracts.part.performance.Measure;
import org.fiscaldisclosure.performance.scoring.ScoringProfile.QualitativeBand;

/**
 * Scores one 三级指标 (财预〔2020〕10号 practice): a quantitative indicator scores full marks when its 实际完成值 meets
 * the 年度指标值, else B/A × 分值 (A/B for ≤ and <); a qualitative one lies in the band its 实际完成值 names; any
 * other pairing cannot be verified.
 */
final class IndicatorScorer {

    private final ScoringProfile profile;

    IndicatorScorer(ScoringProfile profile) {
        this.profile = profile;
    }

    IndicatorScore score(IndicatorRow row) {
        Indicator ind = row.indicator();
        BigDecimal max = ind.maxPoints().points();
        BigDecimal stated = ind.points().points();
        Measure target = ind.target();
        Measure actual = ind.actual();
        if (target == null) {
            return unverifiable(row, "年度指标值空白");
        }
        if (actual == null) {
            return unverifiable(row, "实际完成值空白");
        }
        if (target.quantitative()) {
            if (!actual.quantitative()) {
                return unverifiable(row, "实际完成值“" + actual.display() + "”不是可与年度指标值“" + target.display()
                        + "”比较的数值");
            }
            if (target.unit() != null && actual.unit() != null && !target.unit().equals(actual.unit())) {
                return unverifiable(row, "年度指标值单位“" + target.unit() + "”与实际完成值单位“" + actual.unit() + "”不同");
            }
            return quantitative(row, target, actual, max);
        }
        if (actual.quantitative()) {
            return unverifiable(row, "年度指标值“" + target.display() + "”为定性表述，无法与数值“" + actual.display() + "”比较");
        }
        Optional<QualitativeBand> band = profile.band(actual.text());
        if (band.isEmpty()) {
            return unverifiable(row, "实际完成值“" + actual.display() + "”不对应评分口径的任何档次");
        }
        QualitativeBand b = band.get();
        BigDecimal low = ScoringEngine.points(b.min(), max);
        BigDecimal high = ScoringEngine.points(b.max(), max);
        BigDecimal computed = stated.max(low).min(high);
        return new IndicatorScore(row.path(), row.placedUnder().label(), row.level2().label(), ind.name(), max, stated,
                ScoreBasis.QUALITATIVE_BAND, computed, b.label(), low, high,
                "定性指标，实际完成值“" + actual.display() + "”属“" + b.label() + "”档，得分应在 " + low.toPlainString()
                        + "–" + high.toPlainString() + " 分");
    }

    private IndicatorScore quantitative(IndicatorRow row, Measure target, Measure actual, BigDecimal max) {
        BigDecimal a = target.value();
        BigDecimal b = actual.value();
        Comparison op = target.comparison();
        boolean met = switch (op) {
            case AT_LEAST, EQUAL -> b.compareTo(a) >= 0;
            case MORE_THAN -> b.compareTo(a) > 0;
            case AT_MOST -> b.compareTo(a) <= 0;
            case LESS_THAN -> b.compareTo(a) < 0;
        };
        BigDecimal share;
        String note;
        if (met) {
            share = BigDecimal.ONE;
            note = "实际完成值达到年度指标值，记满分";
        } else if (op.upperBound()) {
            share = b.signum() <= 0 ? BigDecimal.ZERO : a.divide(b, MathContext.DECIMAL128).min(BigDecimal.ONE);
            note = "反向指标未达到，按 指标值/实际值 × 分值 计分";
        } else {
            share = a.signum() == 0 ? BigDecimal.ONE : b.divide(a, MathContext.DECIMAL128).min(BigDecimal.ONE);
            note = "未达到年度指标值，按 实际值/指标值 × 分值 计分";
        }
        Indicator ind = row.indicator();
        return new IndicatorScore(row.path(), row.placedUnder().label(), row.level2().label(), ind.name(), max,
                ind.points().points(), ScoreBasis.QUANTITATIVE, ScoringEngine.points(share.max(BigDecimal.ZERO), max),
                null, null, null, note);
    }

    private static IndicatorScore unverifiable(IndicatorRow row, String why) {
        Indicator ind = row.indicator();
        return new IndicatorScore(row.path(), row.placedUnder().label(), row.level2().label(), ind.name(),
                ind.maxPoints().points(), ind.points().points(), ScoreBasis.UNVERIFIABLE, null, null, null, null, why);
    }
}
