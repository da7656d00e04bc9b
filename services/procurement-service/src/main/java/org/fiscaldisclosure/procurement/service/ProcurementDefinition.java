package org.fiscaldisclosure.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.event.HeadlineFigure;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.RuleDefinition;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.validation.RuleCatalogue;
import org.fiscaldisclosure.procurement.document.ProcurementDocument;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;
import org.fiscaldisclosure.procurement.rules.ProcurementRules;
import org.fiscaldisclosure.producer.part.PartDefinition;
import org.fiscaldisclosure.producer.part.PartEvaluation;

/**
 * The procurement part: its headline figures, rules and published form, all read from the resolved
 * {@link ProcurementFigures}.
 */
@ApplicationScoped
public class ProcurementDefinition implements PartDefinition<Procurement> {

    private final RuleCatalogue<ProcurementFigures> rules = ProcurementRules.catalogue();

    @Override
    public PartKind kind() {
        return PartKind.PROCUREMENT;
    }

    @Override
    public Class<Procurement> type() {
        return Procurement.class;
    }

    /**
     * 政府采购支出总额, 授予中小企业, 授予小微企业, 政府购买服务 (元, the keys other services read), then 货物, 工程,
     * 服务 (元) and the two shares (percent).
     */
    @Override
    public Map<HeadlineFigure, BigDecimal> headline(Procurement part) {
        return headline(ProcurementFigures.of(part));
    }

    private static Map<HeadlineFigure, BigDecimal> headline(ProcurementFigures f) {
        Map<HeadlineFigure, BigDecimal> h = new EnumMap<>(HeadlineFigure.class);
        h.put(HeadlineFigure.PROCUREMENT_TOTAL, f.total().amount().yuan());
        h.put(HeadlineFigure.SME_AWARDS, f.smeAwards().amount().yuan());
        h.put(HeadlineFigure.SMALL_MICRO_AWARDS, f.smallMicroAwards().amount().yuan());
        h.put(HeadlineFigure.PURCHASED_SERVICES_TOTAL, f.purchasedServices().amount().yuan());
        h.put(HeadlineFigure.PROCUREMENT_GOODS, f.goods().amount().yuan());
        h.put(HeadlineFigure.PROCUREMENT_WORKS, f.works().amount().yuan());
        h.put(HeadlineFigure.PROCUREMENT_SERVICES, f.services().amount().yuan());
        h.put(HeadlineFigure.SME_SHARE_PERCENT, f.smeShare());
        h.put(HeadlineFigure.SMALL_MICRO_SHARE_PERCENT, f.smallMicroShare());
        return h;
    }

    @Override
    public List<Finding> validate(UnitCode unit, FiscalYear year, Procurement part) {
        return rules.check(ProcurementFigures.of(part));
    }

    /** 表11, 表12 and the text of 第三部分 三、 and 五、 ({@link ProcurementDocument}). */
    @Override
    public PartDocument document(UnitCode unit, FiscalYear year, Procurement part) {
        return ProcurementDocument.of(year, part);
    }

    /** One pass for a revision: the figures resolved once, the headline, the rules and the published form from them. */
    @Override
    public PartEvaluation evaluate(UnitCode unit, FiscalYear year, Procurement part) {
        ProcurementFigures figures = ProcurementFigures.of(part);
        return new PartEvaluation(headline(figures), rules.check(figures), ProcurementDocument.of(year, part, figures));
    }

    @Override
    public List<RuleDefinition> rules() {
        return rules.definitions();
    }
}
