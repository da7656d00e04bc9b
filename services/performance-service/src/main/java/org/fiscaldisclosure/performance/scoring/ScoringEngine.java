package org.fiscaldisclosure.performance.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.fiscaldisclosure.contracts.part.performance.BudgetBreakdown;
import org.fiscaldisclosure.contracts.part.performance.DepartmentEvaluation;
import org.fiscaldisclosure.contracts.part.performance.FundsRow;
import org.fiscaldisclosure.contracts.part.performance.IndicatorLevel1;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.performance.ProjectFunds;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.Rounding;
import org.fiscaldisclosure.performance.scoring.ScoringProfile.ExecutionScoring;

/**
 * Computes every score a performance part allows under one {@link ScoringProfile} and sets it beside the stated
 * one. Pure: no state but the profile, so a test can score with any profile.
 */
public final class ScoringEngine {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringProfile profile;
    private final IndicatorScorer indicators;

    public ScoringEngine(ScoringProfile profile) {
        this.profile = profile;
        this.indicators = new IndicatorScorer(profile);
    }

    public ScoringProfile profile() {
        return profile;
    }

    public PerformanceScores score(Performance part) {
        List<ProjectScore> projects = new ArrayList<>();
        for (int i = 0; i < part.projects().size(); i++) {
            projects.add(score(i, part.projects().get(i)));
        }
        return new PerformanceScores(PerformanceScores.ProfileSummary.of(profile), department(part.department()), projects);
    }

    DepartmentScore department(DepartmentEvaluation d) {
        BigDecimal rate = null;
        if (d.budgetExecution() != null) {
            rate = rate(total(d.budgetExecution().expenditure()), total(d.budgetExecution().budget()));
        }
        return new DepartmentScore(d.score().points(), d.grade(), profile.grade(d.score().points()), rate);
    }

    public ProjectScore score(int table, ProjectEvaluation p) {
        ExecutionScore execution = execution(p.funds());
        List<IndicatorScore> rows = IndicatorRow.of(p).stream().map(indicators::score).toList();

        BigDecimal rowsTotal = orZero(execution.statedPoints());
        BigDecimal computed = counted(execution.computedPoints(), execution.statedPoints(), execution.maxPoints());
        BigDecimal unverified = execution.computedPoints() == null ? execution.maxPoints() : BigDecimal.ZERO;
        for (IndicatorScore s : rows) {
            rowsTotal = rowsTotal.add(s.statedPoints());
            computed = computed.add(counted(s.computedPoints(), s.statedPoints(), s.maxPoints()));
            if (s.computedPoints() == null) {
                unverified = unverified.add(s.maxPoints());
            }
        }
        BigDecimal stated = p.total().points().points();
        return new ProjectScore(table, p.projectCode(), p.name(), execution, rows, weights(p), p.total().maxPoints().points(),
                stated, normal(rowsTotal), normal(computed), normal(unverified), profile.grade(stated),
                profile.grade(computed));
    }

    /** The table's 分值 by 预算执行率 and by the 一级指标 each 二级指标 belongs to (wherever the table puts it). */
    public static Weights weights(ProjectEvaluation p) {
        BigDecimal[] byLevel1 = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (IndicatorRow row : IndicatorRow.of(p)) {
            int k = row.level2().parent().ordinal();
            byLevel1[k] = byLevel1[k].add(row.indicator().maxPoints().points());
        }
        return new Weights(normal(p.funds().maxPoints().points()), normal(byLevel1[IndicatorLevel1.OUTPUT.ordinal()]),
                normal(byLevel1[IndicatorLevel1.EFFECT.ordinal()]), normal(byLevel1[IndicatorLevel1.SATISFACTION.ordinal()]));
    }

    ExecutionScore execution(ProjectFunds f) {
        BigDecimal max = f.maxPoints().points();
        BigDecimal stated = f.points() == null ? null : f.points().points();
        BigDecimal rate = rate(f.total().execution(), f.total().annualBudget());
        if (rate == null) {
            return new ExecutionScore(max, stated, null, null, ScoreBasis.UNVERIFIABLE);
        }
        BigDecimal share = executionShare(f.total().execution().yuan()
                .divide(f.total().annualBudget().yuan(), EXACT));
        return new ExecutionScore(max, stated, rate, points(share, max), ScoreBasis.EXECUTION_RATE);
    }

    private BigDecimal executionShare(BigDecimal ratio) {
        ExecutionScoring rule = profile.execution();
        if (rule.method() == ExecutionScoring.Method.PROPORTIONAL_CAPPED) {
            return ratio.min(BigDecimal.ONE);
        }
        BigDecimal percent = ratio.multiply(HUNDRED);
        return rule.steps().stream().filter(s -> percent.compareTo(s.minRate()) >= 0)
                .max((a, b) -> a.minRate().compareTo(b.minRate()))
                .map(ExecutionScoring.Step::share).orElse(BigDecimal.ZERO);
    }

    /** {@code part / whole} in percent, 2 decimals HALF_UP; null when either is missing or the whole is zero. */
    public static BigDecimal rate(Amount part, Amount whole) {
        if (part == null || whole == null || whole.isZero()) {
            return null;
        }
        return Rounding.percent(part.yuan(), whole.yuan());
    }

    /** The stated total of a breakdown, or the sum of its parts when no total is stated. */
    public static Amount total(BudgetBreakdown b) {
        return b.total() != null ? b.total() : sum(b);
    }

    public static Amount sum(BudgetBreakdown b) {
        return b.basic().plus(b.project()).plus(Amount.orZero(b.other()));
    }

    /** Rows of a funds block that the table fills (年度资金总额 first). */
    public static List<FundsRow> rows(ProjectFunds f) {
        List<FundsRow> rows = new ArrayList<>();
        rows.add(f.total());
        for (FundsRow r : new FundsRow[] {f.currentYearAppropriation(), f.carriedOver(), f.otherFunds()}) {
            if (r != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    static BigDecimal points(BigDecimal share, BigDecimal max) {
        return normal(share.multiply(max).setScale(Rounding.SCALE, Rounding.MODE));
    }

    /** Points without trailing zeros (66, 2.5), never in exponent form. */
    public static BigDecimal normal(BigDecimal points) {
        BigDecimal n = points.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    private static BigDecimal counted(BigDecimal computed, BigDecimal stated, BigDecimal max) {
        if (computed != null) {
            return computed;
        }
        return orZero(stated).min(max);
    }

    private static BigDecimal orZero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
