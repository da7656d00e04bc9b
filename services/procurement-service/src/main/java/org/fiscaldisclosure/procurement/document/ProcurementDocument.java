package org.fiscaldisclosure.procurement.document;

import java.util.List;
import org.fiscaldisclosure.contracts.document.Block;
import org.fiscaldisclosure.contracts.document.DocumentSection;
import org.fiscaldisclosure.contracts.document.DocumentTable;
import org.fiscaldisclosure.contracts.document.PartDocument;
import org.fiscaldisclosure.contracts.document.Slot;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;
import org.fiscaldisclosure.procurement.narrative.ProcurementNarrative;
import org.fiscaldisclosure.procurement.narrative.ProcurementNarrativeWriter;

/**
 * The procurement part's published form: 表11 and 表12 (第一部分) and the text of 第三部分 三、 and 五、, all from the
 * same {@link ProcurementFigures} and {@link ProcurementNarrativeWriter} as the {@code …/tables} and {@code …/narrative}
 * endpoints. Titles carry no number: the disclosure numbers the sections.
 */
public final class ProcurementDocument {

    static final String PROCUREMENT_ID = "P3-procurement";
    static final String PURCHASED_SERVICES_ID = "P3-purchased-services";

    private ProcurementDocument() {
    }

    public static PartDocument of(FiscalYear year, Procurement part) {
        return of(year, part, ProcurementFigures.of(part));
    }

    /** As {@link #of(FiscalYear, Procurement)}, from the part's figures already resolved. */
    public static PartDocument of(FiscalYear year, Procurement part, ProcurementFigures figures) {
        ProcurementNarrativeWriter text = ProcurementNarrativeWriter.of(year, part, figures);
        DocumentSection t11 = table(ProcurementTableForms.table11(figures, text.procurement()));
        DocumentSection t12 = table(ProcurementTableForms.table12(figures, text.purchasedServices()));
        return new PartDocument(List.of(t11, t12,
                text(Slot.PROCUREMENT, PROCUREMENT_ID, text.procurementSection()),
                text(Slot.PURCHASED_SERVICES, PURCHASED_SERVICES_ID, text.purchasedServicesSection())));
    }

    private static DocumentSection table(DocumentTable table) {
        return new DocumentSection(Slot.PROCUREMENT_TABLES, table.id(), table.title(), List.of(Block.table(table)));
    }

    /** A narrative section as it is published: its title (the number left to the disclosure) and its paragraphs. */
    private static DocumentSection text(Slot slot, String id, ProcurementNarrative.Section section) {
        return new DocumentSection(slot, id, section.title(),
                section.paragraphs().stream().map(p -> Block.paragraph(p.text())).toList());
    }
}
