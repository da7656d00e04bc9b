package org.fiscaldisclosure.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fiscaldisclosure.contracts.part.performance.AnnualGoal;
import org.fiscaldisclosure.contracts.part.performance.BudgetBreakdown;
import org.fiscaldisclosure.contracts.part.performance.Comparison;
import org.fiscaldisclosure.contracts.part.performance.DepartmentBudgetExecution;
import org.fiscaldisclosure.contracts.part.performance.DepartmentEvaluation;
import org.fiscaldisclosure.contracts.part.performance.FundsRow;
import org.fiscaldisclosure.contracts.part.performance.Grade;
import org.fiscaldisclosure.contracts.part.performance.Indicator;
import org.fiscaldisclosure.contracts.part.performance.IndicatorLevel1;
import org.fiscaldisclosure.contracts.part.performance.IndicatorLevel2;
import org.fiscaldisclosure.contracts.part.performance.Level1Group;
import org.fiscaldisclosure.contracts.part.performance.Level2Group;
import org.fiscaldisclosure.contracts.part.performance.Measure;
import org.fiscaldisclosure.contracts.part.performance.Performance;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.performance.ProjectFunds;
import org.fiscaldisclosure.contracts.part.performance.ProjectReport;
import org.fiscaldisclosure.contracts.part.performance.ReportFundsLine;
import org.fiscaldisclosure.contracts.part.performance.Score;
import org.fiscaldisclosure.contracts.part.performance.StatedRate;
import org.fiscaldisclosure.contracts.part.performance.TotalScore;

/**
 * A unit's performance part: the department evaluation (texts from the sample, budget figures from the unit's
 * statements) and 5-15 项目支出绩效自评表 with 10-20 三级指标 each, weighted 10/50/30/10 as the scoring profile
 * expects, quantitative targets met by their actual values, qualitative ones answered with a word of the profile's
 * 达成 band (a fifth of the projects lose a point there, explained), 总分 the sum of the rows; one report, as the sample's.
 */
public final class PerformanceFactory {

    private static final List<String> PROJECTS = List.of("社区工作者岗位教育经费", "社区书记工作站运维经费", "基层治理印刷费",
            "优秀创新案例集编印", "街道系统绩效管理考评咨询服务", "街道工作公众满意度调查", "社会心理服务指导中心运营服务经费",
            "社区综合服务业务经费", "信息化系统运行维护经费", "志愿服务体系建设经费", "新兴领域党建工作经费", "人民建议征集工作经费",
            "社会工作人才队伍建设经费", "档案数字化加工经费", "政务新媒体运营经费", "法律顾问服务经费", "课题研究经费",
            "机关办公用房维修经费");
    private static final List<String> UNITS = List.of("次", "场", "人次", "个", "册", "期", "家");

    private final Performance sample;

    public PerformanceFactory(Performance sample) {
        this.sample = sample;
    }

    public Performance generate(Random r, FinalAccountsFactory.Totals totals, String revisionNote) {
        return generate(r, totals, revisionNote, 2024);
    }

    /** As above for fiscal year {@code year}: the projects named for that year. */
    public Performance generate(Random r, FinalAccountsFactory.Totals totals, String revisionNote, int year) {
        int projectCount = 5 + r.nextInt(11);
        long evaluated = Money.vary(r, totals.project(), 0.5, 0.9);
        List<Long> budgets = Money.split(r, evaluated, projectCount);
        List<String> names = new ArrayList<>(PROJECTS);
        java.util.Collections.shuffle(names, r);
        List<ProjectSpec> specs = new ArrayList<>();
        for (int i = 0; i < projectCount; i++) {
            specs.add(new ProjectSpec("P" + String.format("%02d", i + 1), year + "年" + names.get(i), Math.max(budgets.get(i), 1_000_00), 0));
        }
        return generate(r, totals, specs, revisionNote);
    }

    /** One project to evaluate: its code, name, 全年预算数 (= 全年执行数) in 分, and 三级指标 count (0: 10-20 at random). */
    public record ProjectSpec(String code, String name, long budget, int indicators) {
    }

    /** The performance part evaluating the given projects, in their order. */
    public Performance generate(Random r, FinalAccountsFactory.Totals totals, List<ProjectSpec> specs, String revisionNote) {
        List<ProjectEvaluation> projects = new ArrayList<>();
        for (ProjectSpec p : specs) {
            projects.add(project(r, p.code(), p.name(), p.budget(), p.indicators()));
        }
        DepartmentEvaluation d = sample.department();
        BudgetBreakdown money = new BudgetBreakdown(Money.amount(totals.expenditure()), Money.amount(totals.basic()),
                Money.amount(totals.project()), Money.amount(0));
        int score = 90 + r.nextInt(10);
        DepartmentEvaluation department = new DepartmentEvaluation(d.overview(), d.performanceGoals(),
                new DepartmentBudgetExecution(money, money, StatedRate.of("100%")), d.outputs(), d.effects(),
                d.budgetManagement(), Score.of(String.valueOf(score)), Grade.EXCELLENT,
                d.problems() + (revisionNote == null ? "" : revisionNote), d.measures(), d.selfEvaluationTablePublished());
        ProjectEvaluation first = projects.get(0);
        long firstBudget = first.funds().total().annualBudget().yuan().movePointRight(2).longValueExact();
        ProjectReport report = new ProjectReport(first.projectCode(),
                List.of(new ReportFundsLine(first.name(), Money.amount(firstBudget), Money.amount(firstBudget), BigDecimal.ZERO.setScale(2))),
                sample.reports().isEmpty() ? List.of() : sample.reports().get(0).sections());
        return new Performance(department, projects, List.of(report));
    }

    private ProjectEvaluation project(Random r, String code, String name, long budget, int indicatorCount) {
        FundsRow all = new FundsRow(Money.amount(budget), Money.amount(budget), Money.amount(budget), StatedRate.of("100%"));
        FundsRow appropriation = new FundsRow(Money.amount(budget), Money.amount(budget), Money.amount(budget), null);
        FundsRow none = new FundsRow(Money.amount(0), Money.amount(0), Money.amount(0), null);
        ProjectFunds funds = new ProjectFunds(all, appropriation, none, none, Score.of("10"), Score.of("10"));

        int count = indicatorCount > 0 ? indicatorCount : 10 + r.nextInt(11);
        int effects = Math.max(2, Math.round(count * 0.3f));
        int satisfaction = Math.max(1, count / 8);
        int outputs = count - effects - satisfaction;
        int lost = r.nextInt(5) == 0 ? 1 : 0;
        List<Level1Group> indicators = List.of(
                new Level1Group(IndicatorLevel1.OUTPUT, groups(r, outputs, 50, budget,
                        List.of(IndicatorLevel2.QUANTITY, IndicatorLevel2.QUALITY, IndicatorLevel2.TIMELINESS, IndicatorLevel2.COST), 0)),
                new Level1Group(IndicatorLevel1.EFFECT, groups(r, effects, 30, budget,
                        List.of(IndicatorLevel2.SOCIAL, IndicatorLevel2.SUSTAINABILITY), lost)),
                new Level1Group(IndicatorLevel1.SATISFACTION, groups(r, satisfaction, 10, budget,
                        List.of(IndicatorLevel2.SATISFACTION), 0)));
        AnnualGoal goal = new AnnualGoal("按照年度工作计划，保障" + name.substring(5) + "各项任务顺利实施，提升服务质量和群众满意度。",
                "已按计划完成" + name.substring(5) + "年度各项任务，资金使用规范，达到预期效果。");
        BigDecimal total = funds.points().points();
        for (Level1Group l1 : indicators) {
            for (Level2Group l2 : l1.groups()) {
                for (Indicator ind : l2.indicators()) {
                    total = total.add(ind.points().points());
                }
            }
        }
        return new ProjectEvaluation(code, name, funds, goal, indicators, new TotalScore(Score.of("100"), Score.of(total)));
    }

    /** {@code count} 三级指标 over the given 二级指标 (each at least one), sharing {@code points} in whole points. */
    private List<Level2Group> groups(Random r, int count, int points, long budget, List<IndicatorLevel2> kinds, int lost) {
        int kindsUsed = Math.min(kinds.size(), count);
        int[] perKind = new int[kindsUsed];
        for (int i = 0; i < count; i++) {
            perKind[i < kindsUsed ? i : r.nextInt(kindsUsed)]++;
        }
        int[] share = new int[count];
        for (int i = 0; i < count; i++) {
            share[i] = 1;
        }
        for (int left = points - count; left > 0; left--) {
            share[r.nextInt(count)]++;
        }
        List<Level2Group> out = new ArrayList<>();
        int k = 0;
        for (int g = 0; g < kindsUsed; g++) {
            List<Indicator> rows = new ArrayList<>();
            for (int j = 0; j < perKind[g]; j++, k++) {
                boolean losing = lost > 0 && k == 0 && share[k] >= 5;
                rows.add(indicator(r, kinds.get(g), j + 1, budget, share[k], losing));
            }
            out.add(new Level2Group(kinds.get(g), rows));
        }
        return out;
    }

    private static Indicator indicator(Random r, IndicatorLevel2 kind, int number, long budget, int points, boolean losing) {
        Score max = Score.of(String.valueOf(points));
        Score got = Score.of(String.valueOf(losing ? points - 1 : points));
        String deviation = losing ? "部分工作受客观因素影响推进较慢，下一步将加强统筹，提前谋划。" : null;
        String prefix = "指标" + number + "：";
        return switch (kind) {
            case QUANTITY -> {
                int n = 2 + r.nextInt(50);
                String unit = UNITS.get(r.nextInt(UNITS.size()));
                yield new Indicator(prefix + "完成工作任务数量", quantity("≥", n, unit), quantity(null, n + r.nextInt(5), unit), max, got, deviation);
            }
            case QUALITY -> {
                int p = List.of(90, 95, 98).get(r.nextInt(3));
                yield new Indicator(prefix + "成果验收合格率", quantity("≥", p, "%"), quantity(null, Math.min(100, p + r.nextInt(3)), "%"), max, got, deviation);
            }
            case TIMELINESS -> new Indicator(prefix + "任务完成及时性", text("年底前完成"), text("按期完成"), max, got, deviation);
            case COST -> new Indicator(prefix + "项目成本控制", wan("≤", budget), wan(null, budget), max, got, deviation);
            case SATISFACTION -> {
                int p = List.of(85, 90, 95).get(r.nextInt(3));
                yield new Indicator(prefix + "服务对象满意度", quantity("≥", p, "%"), quantity(null, Math.min(100, p + 1 + r.nextInt(4)), "%"), max, got, deviation);
            }
            case SUSTAINABILITY -> new Indicator(prefix + "长效机制建设", text("形成长效工作机制"), text("已完成"), max, got, deviation);
            default -> new Indicator(prefix + "社会效益", text("有效提升基层治理水平"), text("已达成"), max, got, deviation);
        };
    }

    private static Measure quantity(String op, int value, String unit) {
        return new Measure((op == null ? "" : op) + value + unit, op == null ? null : Comparison.of(op), BigDecimal.valueOf(value), unit);
    }

    private static Measure wan(String op, long fen) {
        BigDecimal v = Money.wan(fen, 4).stripTrailingZeros();
        return new Measure((op == null ? "" : op) + v.toPlainString() + "万元", op == null ? null : Comparison.of(op), v, "万元");
    }

    private static Measure text(String t) {
        return new Measure(t, null, null, null);
    }
}
