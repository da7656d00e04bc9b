package org.fiscaldisclosure.procurement.rules;

import static org.fiscaldisclosure.procurement.figures.ProcurementFigures.T11;
import static org.fiscaldisclosure.procurement.figures.ProcurementFigures.T12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.platform.validation.Checks;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;
import org.fiscaldisclosure.procurement.figures.SumComparison;

/**
 * The procurement part's rule catalogue (docs/domain.md §6.7), each rule one small function over the resolved figures.
 * Negative amounts and amounts finer than a 分 never reach a rule: the input refuses them (422).
 */
public final class ProcurementRules {

    static final String PART = "procurement";
    private static final String AMOUNT = "金额";
    private static final String SHARE = "占比（%）";

    private ProcurementRules() {
    }

    public static RuleCatalogue<ProcurementFigures> catalogue() {
        return new RuleCatalogue<ProcurementFigures>("rules/procurement.tsv")
                .register("PR-T11-001", ProcurementRules::mismatches)
                .register("PR-T11-002", (rule, f) -> Checks.atMost(rule, PART, "授予中小企业合同金额", AMOUNT,
                                f.smeAwards().amount(), f.total().amount()))
                .register("PR-T11-003", (rule, f) -> Checks.atMost(rule, PART, "授予小微企业合同金额", AMOUNT,
                                f.smallMicroAwards().amount(), f.smeAwards().amount()))
                .register("PR-T11-004", ProcurementRules::mismatches)
                .register("PR-T11-005", ProcurementRules::mismatches)
                .register("PR-T11-006", ProcurementRules::shares)
                .register("PR-T11-007", (rule, f) -> duplicates(rule, f.contracts(), c -> List.of(c.name(), c.category(), c.supplier(),
                                c.amount(), c.signedOn()), c -> c.name(), "合同"))
                .register("PR-T12-001", ProcurementRules::mismatches)
                .register("PR-T12-002", ProcurementRules::incompleteItems)
                .register("PR-T12-003", (rule, f) -> duplicates(rule, f.items(), i -> Arrays.asList(i.project(), i.projectCode(),
                                i.amount()), PurchasedServiceItem::project, "项目"))
                .register("PR-T12-004", (rule, f) -> Checks.atMost(rule, PART, "政府购买服务决算", AMOUNT,
                                f.purchasedServices().amount(), f.services().amount()))
                .register("PR-RND-001", ProcurementRules::withinRounding)
                .complete();
    }

    /** The comparisons that belong to this rule and differ beyond rounding. */
    static List<Finding> mismatches(RuleDefinition rule, ProcurementFigures f) {
        return f.comparisons().stream()
                .filter(c -> c.ruleId().equals(rule.id()) && c.outcome() == SumComparison.Outcome.MISMATCH)
                .map(c -> finding(rule, c))
                .toList();
    }

    static List<Finding> withinRounding(RuleDefinition rule, ProcurementFigures f) {
        return f.comparisons().stream()
                .filter(c -> c.outcome() == SumComparison.Outcome.ROUNDING)
                .map(c -> finding(rule, c))
                .toList();
    }

    private static Finding finding(RuleDefinition rule, SumComparison c) {
        return new Finding(rule.id(), rule.severity(), PART, c.table(), c.row(), AMOUNT, c.stated().yuan(),
                c.expected().yuan(), c.difference(), rule.message());
    }

    static List<Finding> shares(RuleDefinition rule, ProcurementFigures f) {
        List<Finding> findings = new ArrayList<>();
        share(rule, "授予中小企业合同金额占比", f.part().procurement().statedSmeShare(), f.smeShare(), findings);
        share(rule, "授予小微企业合同金额占比", f.part().procurement().statedSmallMicroShare(), f.smallMicroShare(), findings);
        return findings;
    }

    private static void share(RuleDefinition rule, String row, BigDecimal stated, BigDecimal computed, List<Finding> out) {
        if (stated != null && stated.compareTo(computed) != 0) {
            out.add(Finding.compared(rule, PART, row, SHARE, stated, computed, rule.message()));
        }
    }

    static List<Finding> incompleteItems(RuleDefinition rule, ProcurementFigures f) {
        List<Finding> findings = new ArrayList<>();
        for (PurchasedServiceItem item : f.items()) {
            if (item.provider() == null || item.provider().isBlank()) {
                findings.add(Finding.stated(rule, PART, item.project(), "承接主体", rule.message()));
            }
            if (item.projectCode() == null || item.projectCode().isBlank()) {
                findings.add(Finding.stated(rule, PART, item.project(), "项目编码", rule.message()));
            }
        }
        return findings;
    }

    /** One finding per row listed again after its first listing (rows numbered from 1). */
    static <T> List<Finding> duplicates(RuleDefinition rule, List<T> rows, Function<T, List<Object>> identity,
                                        Function<T, String> name, String column) {
        Map<List<Object>, Integer> first = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Integer earlier = first.putIfAbsent(identity.apply(rows.get(i)), i + 1);
            if (earlier != null) {
                findings.add(Finding.stated(rule, PART, name.apply(rows.get(i)), column,
                        rule.message() + "：第 " + (i + 1) + " 行与第 " + earlier + " 行相同"));
            }
        }
        return findings;
    }
}
