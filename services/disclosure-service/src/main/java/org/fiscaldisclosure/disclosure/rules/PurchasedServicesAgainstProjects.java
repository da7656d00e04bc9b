package org.fiscaldisclosure.disclosure.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.performance.ProjectEvaluation;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.Amount;

/**
 * DS-T12-002 (docs/domain.md R12.3): a 政府购买服务 item of table 12 that names an evaluated project of Part 4 — by its
 * project code, else by the project's exact name — has the project's amount (全年执行数) once both are published in
 * 万元, HALF_UP to two decimals (the seed: 21.67 万元 in 第三部分 for the project's 21.665 万元). Several items naming
 * one project are compared by their sum. An item that names no evaluated project is not checked.
 */
final class PurchasedServicesAgainstProjects {

    static final String PART = PartKind.PROCUREMENT.key();

    private PurchasedServicesAgainstProjects() {
    }

    static List<Finding> itemsMatchTheirProjects(RuleDefinition rule, DisclosureParts d) {
        if (d.procurement().isEmpty() || d.performance().isEmpty()) {
            return List.of();
        }
        List<PurchasedServiceItem> items = Objects.requireNonNullElse(d.procurement().get().purchasedServices().items(), List.of());
        List<ProjectEvaluation> projects = firstTables(d.performance().get().projects());
        Map<ProjectEvaluation, List<PurchasedServiceItem>> byProject = new LinkedHashMap<>();
        for (PurchasedServiceItem item : items) {
            named(item, projects).ifPresent(p -> byProject.computeIfAbsent(p, k -> new ArrayList<>()).add(item));
        }
        List<Finding> findings = new ArrayList<>();
        byProject.forEach((project, named) -> {
            Amount spent = project.funds().total().execution();
            Amount bought = Amount.sum(named.stream().map(PurchasedServiceItem::amount).toList());
            if (spent != null && bought.inWanYuan().compareTo(spent.inWanYuan()) != 0) {
                findings.add(Compared.finding(rule, new At(PART, "T12", named.get(0).project(), "决算金额"), bought, spent, 0,
                        "表12 " + Compared.wan(bought) + "，第四部分 " + project.projectCode() + " " + project.name()
                                + " 全年执行数 " + Compared.wan(spent)));
            }
        });
        return findings;
    }

    /** The evaluated project an item names: by code when it gives one that exists, else by name. */
    static Optional<ProjectEvaluation> named(PurchasedServiceItem item, List<ProjectEvaluation> projects) {
        String code = item.projectCode() == null ? "" : item.projectCode().trim();
        Optional<ProjectEvaluation> byCode = projects.stream().filter(p -> !code.isEmpty() && p.projectCode().equals(code)).findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        String name = item.project().trim();
        return projects.stream().filter(p -> p.name().trim().equals(name)).findFirst();
    }

    /** The first table of each project code (a table published twice counts once). */
    private static List<ProjectEvaluation> firstTables(List<ProjectEvaluation> projects) {
        Map<String, ProjectEvaluation> first = new LinkedHashMap<>();
        projects.forEach(p -> first.putIfAbsent(p.projectCode(), p));
        return List.copyOf(first.values());
    }
}
