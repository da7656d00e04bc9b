package org.fiscaldisclosure.procurement.narrative;

import java.util.List;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.procurement.EmptyTableWording;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;

/**
 * 第三部分 三、政府采购支出情况 and 五、政府购买服务支出说明, generated in zh-CN from the stored figures (the same
 * {@link ProcurementFigures} as the tables). An empty table is described as the unit's profile says: the zero
 * sentence, or 本单位不涉及。 The {@code …/narrative} endpoint and the part's published form both read these sections.
 */
public final class ProcurementNarrativeWriter {

    static final String NOT_APPLICABLE = "本单位不涉及。";
    private static final String T11 = "T11";
    private static final String T12 = "T12";

    private final ProcurementFigures figures;
    private final String year;
    private final EmptyTableWording wording;

    private ProcurementNarrativeWriter(FiscalYear year, Procurement part, ProcurementFigures figures) {
        this.figures = figures;
        this.year = year.value() + "年度";
        this.wording = part.profileOrDefault().wording();
    }

    /** The text of a part for a year. */
    public static ProcurementNarrativeWriter of(FiscalYear year, Procurement part) {
        return new ProcurementNarrativeWriter(year, part, ProcurementFigures.of(part));
    }

    /** The text of a part for a year, from its figures already resolved. */
    public static ProcurementNarrativeWriter of(FiscalYear year, Procurement part, ProcurementFigures figures) {
        return new ProcurementNarrativeWriter(year, part, figures);
    }

    /** The text of a stored revision, as the {@code …/narrative} endpoint serves it. */
    public static ProcurementNarrative of(PartRevision<Procurement> revision) {
        ProcurementNarrativeWriter text = of(revision.fiscalYear(), revision.part());
        return new ProcurementNarrative(revision.unitCode(), revision.fiscalYear(), revision.revision(),
                List.of(text.procurementSection(), text.purchasedServicesSection()));
    }

    /** 三、政府采购支出情况. */
    public ProcurementNarrative.Section procurementSection() {
        return new ProcurementNarrative.Section("三", "政府采购支出情况", List.of(procurement()));
    }

    /** 五、政府购买服务支出说明. */
    public ProcurementNarrative.Section purchasedServicesSection() {
        return new ProcurementNarrative.Section("五", "政府购买服务支出说明", List.of(purchasedServices()));
    }

    /** 表11's paragraph: the figures, or, for an empty table, the fixed statement the profile asks for. */
    public ProcurementNarrative.Paragraph procurement() {
        ProcurementFigures f = figures;
        ParagraphBuilder p = new ParagraphBuilder();
        if (f.table11Empty()) {
            return wording == EmptyTableWording.NOT_APPLICABLE ? p.text(NOT_APPLICABLE).build()
                    : p.text(year + "政府采购支出总额").wanYuan("政府采购支出总额", T11, f.total().amount()).text("。").build();
        }
        return p.text(year + "政府采购支出总额").wanYuan("政府采购支出总额", T11, f.total().amount())
                .text("，其中：政府采购货物支出").wanYuan("政府采购货物支出", T11, f.goods().amount())
                .text("，政府采购工程支出").wanYuan("政府采购工程支出", T11, f.works().amount())
                .text("，政府采购服务支出").wanYuan("政府采购服务支出", T11, f.services().amount())
                .text("。授予中小企业合同金额").wanYuan("授予中小企业合同金额", T11, f.smeAwards().amount())
                .text("，占政府采购支出总额的").percent("授予中小企业合同金额占政府采购支出总额比例", T11, f.smeShare())
                .text("，其中：授予小微企业合同金额").wanYuan("授予小微企业合同金额", T11, f.smallMicroAwards().amount())
                .text("，占政府采购支出总额的").percent("授予小微企业合同金额占政府采购支出总额比例", T11, f.smallMicroShare())
                .text("。")
                .build();
    }

    /** 表12's paragraph: the total, or 本单位不涉及。 for an empty table when the profile says so. */
    public ProcurementNarrative.Paragraph purchasedServices() {
        ProcurementFigures f = figures;
        ParagraphBuilder p = new ParagraphBuilder();
        if (f.table12Empty() && wording == EmptyTableWording.NOT_APPLICABLE) {
            return p.text(NOT_APPLICABLE).build();
        }
        return p.text(year + "政府购买服务决算").wanYuan("政府购买服务决算", T12, f.purchasedServices().amount())
                .text("。").build();
    }
}
