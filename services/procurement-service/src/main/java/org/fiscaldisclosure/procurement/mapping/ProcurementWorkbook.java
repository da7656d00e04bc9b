package org.fiscaldisclosure.procurement.mapping;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.procurement.GovernmentProcurement;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServices;
import org.fiscaldisclosure.contracts.part.procurement.UnitProfile;
import org.fiscaldisclosure.platform.xlsx.CellBindings;
import org.fiscaldisclosure.platform.xlsx.CellReader;
import org.fiscaldisclosure.platform.xlsx.WorkbookReader;
import org.fiscaldisclosure.platform.xlsx.WorkbookWriter;
import org.fiscaldisclosure.procurement.figures.ProcurementFigures;

/**
 * Tables 11 and 12 as an xlsx workbook: sheets 表11, 表12 and, when the part lists its contracts, 政府采购合同. Export
 * writes the figures as published (stated or derived); import reads every figure in a cell as stated and a blank
 * figure cell as left out. The unit profile is not in the workbook: import keeps the one given.
 */
public final class ProcurementWorkbook {

    private ProcurementWorkbook() {
    }

    public static byte[] write(PartRevision<Procurement> revision) {
        ProcurementFigures f = ProcurementFigures.of(revision.part());
        String caption = SheetRows.caption(revision.unitCode().value(), revision.fiscalYear().value());
        try (WorkbookWriter workbook = new WorkbookWriter()) {
            Table11Sheet.write(workbook, caption, f);
            Table12Sheet.write(workbook, caption, f);
            if (revision.part().procurement().itemized()) {
                ContractsSheet.write(workbook, caption, f.contracts());
            }
            return workbook.toBytes();
        }
    }

    /**
     * The part a workbook holds, checked cell by cell and then by {@code validation} (the same constraints as a JSON
     * body), every problem reported at its sheet and cell; throws before anything can be stored.
     */
    public static Procurement read(WorkbookReader workbook, UnitProfile profile, Consumer<Object> validation) {
        CellReader cells = new CellReader(workbook.problems());
        CellBindings bindings = new CellBindings();
        List<ProcurementContract> contracts = ContractsSheet.read(workbook, cells, bindings);
        Optional<GovernmentProcurement> table11 = Table11Sheet.read(workbook, cells, bindings, contracts);
        Optional<PurchasedServices> table12 = Table12Sheet.read(workbook, cells, bindings);
        workbook.problems().throwIfAny();
        Procurement part = new Procurement(table11.orElseThrow(), table12.orElseThrow(), profile);
        bindings.validate(part, validation);
        return part;
    }
}
