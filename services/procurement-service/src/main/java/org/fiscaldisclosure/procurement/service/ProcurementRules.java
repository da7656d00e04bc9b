package org.fiscaldisclosure.procurement.service;

import java.util.List;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.support.validation.Checks;
import org.fiscaldisclosure.support.validation.RuleCatalogue;

/** The procurement part's rule catalogue (DOMAIN §2.7). */
public final class ProcurementRules {

    static final String PART = "procurement";
    private static final String T11 = "T11";

    private ProcurementRules() {
    }

    public static RuleCatalogue<Procurement> catalogue() {
        return new RuleCatalogue<Procurement>()
                .register("PR-T11-001", Severity.FATAL, "合计", List.of(T11),
                        "表11 政府采购支出总额应等于货物、工程、服务支出之和",
                        (rule, p) -> Checks.statedEquals(rule, PART, "政府采购支出总额", "金额",
                                p.procurement().statedTotal(), p.procurement().total()))
                .register("PR-T11-002", Severity.FATAL, "包含关系", List.of(T11),
                        "表11 授予中小企业合同金额不应超过政府采购支出总额",
                        (rule, p) -> Checks.atMost(rule, PART, "授予中小企业合同金额", "金额",
                                p.procurement().smeAwards(), p.procurement().total()))
                .register("PR-T11-003", Severity.FATAL, "包含关系", List.of(T11),
                        "表11 授予小微企业合同金额不应超过授予中小企业合同金额",
                        (rule, p) -> Checks.atMost(rule, PART, "授予小微企业合同金额", "金额",
                                p.procurement().smallMicroAwards(), p.procurement().smeAwards()));
    }

}
