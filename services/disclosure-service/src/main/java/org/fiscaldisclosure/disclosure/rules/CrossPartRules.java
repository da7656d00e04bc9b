package org.fiscaldisclosure.disclosure.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;

/**
 * The rules across parts (docs/domain.md §6.7 R11.3, R12.2, R12.3 and §6.8 RN.7), each one small function registered
 * under its id. DS-T11-001, DS-T12-001 and DS-P4-001 read the parts' headline figures (the producers' resolved
 * figures); the others read the detailed payloads through the contract types. A rule whose figures or part are
 * missing, or whose part is unreadable, does not run and reports nothing (the missing part itself is DS-PART-001).
 */
public final class CrossPartRules {

    /** Headline keys read here, as the producers publish them. */
    public static final String EXPENDITURE_TOTAL = HeadlineFigure.EXPENDITURE_TOTAL.key();
    public static final String PROJECT_EXPENDITURE = HeadlineFigure.PROJECT_EXPENDITURE.key();
    public static final String PROCUREMENT_TOTAL = HeadlineFigure.PROCUREMENT_TOTAL.key();
    public static final String PROCUREMENT_SERVICES = HeadlineFigure.PROCUREMENT_SERVICES.key();
    public static final String PURCHASED_SERVICES_TOTAL = HeadlineFigure.PURCHASED_SERVICES_TOTAL.key();
    public static final String EVALUATED_PROJECT_AMOUNT = HeadlineFigure.EVALUATED_PROJECT_AMOUNT.key();

    private CrossPartRules() {
    }

    public static RuleCatalogue<DisclosureParts> catalogue() {
        return new RuleCatalogue<DisclosureParts>("rules/disclosure.tsv")
                .register("DS-PART-001", CrossPartRules::missingParts)
                .register("DS-T11-001", (rule, d) -> atMost(rule, d.headlines(), PartKind.PROCUREMENT, PROCUREMENT_TOTAL, "政府采购支出总额",
                                PartKind.STATEMENTS, EXPENDITURE_TOTAL))
                .register("DS-T12-001", (rule, d) -> atMost(rule, d.headlines(), PartKind.PROCUREMENT, PURCHASED_SERVICES_TOTAL, "政府购买服务支出",
                                PartKind.PROCUREMENT, PROCUREMENT_SERVICES))
                .register("DS-P4-001", (rule, d) -> atMost(rule, d.headlines(), PartKind.PERFORMANCE, EVALUATED_PROJECT_AMOUNT, "绩效评价项目金额合计",
                                PartKind.STATEMENTS, PROJECT_EXPENDITURE))
                .register("DS-P4-002", PerformanceAgainstStatements::expenditureTotal)
                .register("DS-P4-003", PerformanceAgainstStatements::expenditureByUse)
                .register("DS-P4-004", PerformanceAgainstStatements::budgetTotal)
                .register("DS-P4-005", PerformanceAgainstStatements::projectWithinProjectExpenditure)
                .register("DS-T12-002", PurchasedServicesAgainstProjects::itemsMatchTheirProjects)
                .complete();
    }

    private static List<Finding> missingParts(RuleDefinition rule, DisclosureParts d) {
        PartHeadlines h = d.headlines();
        List<Finding> findings = new ArrayList<>();
        for (PartKind kind : PartKind.values()) {
            if (!h.has(kind)) {
                findings.add(Finding.stated(rule, kind.key(), null, null, "尚未收到" + partName(kind) + "：" + rule.message()));
            }
        }
        return findings;
    }

    /** The part's name in the published document. */
    static String partName(PartKind kind) {
        return switch (kind) {
            case STATEMENTS -> "决算报表（表1至表10）及决算说明";
            case PROCUREMENT -> "政府采购和政府购买服务（表11、表12）";
            case PERFORMANCE -> "绩效评价（第四部分）";
        };
    }

    /**
     * A finding, located at the figure on the left, when it exceeds the ceiling; nothing when either figure is not
     * among the headlines.
     */
    private static List<Finding> atMost(RuleDefinition rule, PartHeadlines h, PartKind part, String key, String row,
                                        PartKind ceilingPart, String ceilingKey) {
        Optional<BigDecimal> amount = h.figure(part, key);
        Optional<BigDecimal> ceiling = h.figure(ceilingPart, ceilingKey);
        if (amount.isEmpty() || ceiling.isEmpty() || amount.get().compareTo(ceiling.get()) <= 0) {
            return List.of();
        }
        return List.of(Finding.compared(rule, part.key(), row, key, amount.get(), ceiling.get(), rule.message()));
    }
}
