package org.fiscaldisclosure.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.support.part.PartDefinition;
import org.fiscaldisclosure.support.validation.RuleCatalogue;

/** The procurement part: its headline figures and rules. */
@ApplicationScoped
public class ProcurementDefinition implements PartDefinition<Procurement> {

    private final RuleCatalogue<Procurement> rules = ProcurementRules.catalogue();

    @Override
    public PartKind kind() {
        return PartKind.PROCUREMENT;
    }

    @Override
    public Class<Procurement> type() {
        return Procurement.class;
    }

    /** 政府采购支出总额, 授予中小企业, 授予小微企业, 政府购买服务 (元). */
    @Override
    public Map<String, BigDecimal> headline(Procurement part) {
        Map<String, BigDecimal> h = new LinkedHashMap<>();
        h.put("procurementTotal", part.procurement().total().yuan());
        h.put("smeAwards", part.procurement().smeAwards().yuan());
        h.put("smallMicroAwards", part.procurement().smallMicroAwards().yuan());
        h.put("purchasedServicesTotal", part.purchasedServices().total().yuan());
        return h;
    }

    @Override
    public List<Finding> validate(UnitCode unit, FiscalYear year, Procurement part) {
        return rules.check(part);
    }

    @Override
    public List<RuleDefinition> rules() {
        return rules.definitions();
    }
}
