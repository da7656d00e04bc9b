package org.fiscaldisclosure.performance.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fiscaldisclosure.contracts.part.performance.Grade;

/**
 * How self-evaluation tables are scored for a range of years and regions. Profiles are data (JSON resources, see
 * {@code scoring/*.json}), never code: the default follows 财预〔2020〕10号 practice.
 *
 * @param applies          the years and regions (行政区划代码 prefixes; none = everywhere) the profile is for
 * @param maxTotal         the 总分 scale (100)
 * @param weights          the default 分值 of 预算执行率 and of each 一级指标
 * @param execution        how the 预算执行率 row is scored
 * @param qualitativeBands the bands of a qualitative indicator, by the words of its 实际完成值
 * @param grades           the lowest score of each grade, best first
 */
@Schema(description = "评分口径（按年度与地区选用）")
public record ScoringProfile(
        String id,
        String name,
        String basis,
        Applicability applies,
        BigDecimal maxTotal,
        Weights weights,
        ExecutionScoring execution,
        List<QualitativeBand> qualitativeBands,
        List<GradeThreshold> grades) {

    public ScoringProfile {
        Objects.requireNonNull(id, "profile id");
        Objects.requireNonNull(applies, id + ": applies");
        Objects.requireNonNull(maxTotal, id + ": maxTotal");
        Objects.requireNonNull(weights, id + ": weights");
        Objects.requireNonNull(execution, id + ": execution");
        qualitativeBands = List.copyOf(qualitativeBands);
        grades = List.copyOf(grades);
        if (weights.total().compareTo(maxTotal) != 0) {
            throw new IllegalArgumentException(id + ": weights add up to " + weights.total() + ", not " + maxTotal);
        }
        for (int i = 1; i < grades.size(); i++) {
            if (grades.get(i).min().compareTo(grades.get(i - 1).min()) >= 0) {
                throw new IllegalArgumentException(id + ": grades must be listed best first");
            }
        }
        if (grades.isEmpty() || grades.get(grades.size() - 1).min().signum() != 0) {
            throw new IllegalArgumentException(id + ": the last grade must start at 0");
        }
    }

    /** The grade of a score (on this profile's scale). */
    public Grade grade(BigDecimal score) {
        for (GradeThreshold g : grades) {
            if (score.compareTo(g.min()) >= 0) {
                return g.grade();
            }
        }
        return grades.get(grades.size() - 1).grade();
    }

    /** The band whose words include the (trimmed) text, if any. */
    public Optional<QualitativeBand> band(String actual) {
        if (actual == null) {
            return Optional.empty();
        }
        String word = actual.strip();
        return qualitativeBands.stream().filter(b -> b.words().contains(word)).findFirst();
    }

    /** Years (inclusive, open when absent) and regions (行政区划代码 prefixes; empty = all). */
    public record Applicability(Integer fromYear, Integer toYear, List<String> regions) {

        public Applicability {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }

        public boolean covers(int year) {
            return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
        }

        /** The length of the longest region prefix matching, 0 for a profile of every region, -1 for no match. */
        public int regionMatch(String regionCode) {
            if (regions.isEmpty()) {
                return 0;
            }
            return regions.stream().filter(regionCode::startsWith).mapToInt(String::length).max().orElse(-1);
        }

        public long yearSpan() {
            return (toYear == null ? 9999L : toYear) - (fromYear == null ? 0L : fromYear);
        }
    }

    /**
     * {@code PROPORTIONAL_CAPPED}: 得分 = min(执行率, 100%) × 分值; {@code STEPS}: the share of the highest step whose
     * {@code minRate} (percent) the rate reaches.
     */
    public record ExecutionScoring(Method method, List<Step> steps) {

        public enum Method { PROPORTIONAL_CAPPED, STEPS }

        public ExecutionScoring {
            Objects.requireNonNull(method, "execution.method");
            steps = steps == null ? List.of() : List.copyOf(steps);
            if (method == Method.STEPS && steps.isEmpty()) {
                throw new IllegalArgumentException("execution.steps required for STEPS");
            }
        }

        public record Step(BigDecimal minRate, BigDecimal share) {
        }
    }

    /** A band of a qualitative indicator: 得分 within [min, max] × 分值 when the 实际完成值 is one of the words. */
    public record QualitativeBand(String label, BigDecimal min, BigDecimal max, List<String> words) {

        public QualitativeBand {
            words = List.copyOf(words);
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("band " + label + ": min above max");
            }
        }
    }

    public record GradeThreshold(Grade grade, BigDecimal min) {
    }
}
