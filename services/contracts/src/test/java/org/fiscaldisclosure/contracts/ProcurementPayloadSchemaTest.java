package org.fiscaldisclosure.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.part.procurement.EmptyTableWording;
import org.fiscaldisclosure.contracts.part.procurement.FundingSource;
import org.fiscaldisclosure.contracts.part.procurement.GovernmentProcurement;
import org.fiscaldisclosure.contracts.part.procurement.Procurement;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementCategory;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementContract;
import org.fiscaldisclosure.contracts.part.procurement.ProcurementMethod;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServiceItem;
import org.fiscaldisclosure.contracts.part.procurement.PurchasedServices;
import org.fiscaldisclosure.contracts.part.procurement.SupplierSize;
import org.fiscaldisclosure.contracts.part.procurement.UnitProfile;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.validation.ValidationSummary;
import org.fiscaldisclosure.contracts.value.Amount;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.junit.jupiter.api.Test;

/**
 * The procurement event schema describes a part whose figures are derived from its contracts and items (the sample
 * states them all), and refuses a figure that is neither stated nor derivable.
 */
class ProcurementPayloadSchemaTest {

    static JsonNode payload(Procurement part) throws Exception {
        PartRevision<Procurement> revision = new PartRevision<>(UnitCode.of("110102-SWD"), FiscalYear.of(2024), 1,
                Instant.parse("2026-11-28T10:00:00Z"), part, Map.of("procurementTotal", new BigDecimal("120000.00")),
                ValidationSummary.of(List.of()));
        return EventSchemasTest.JSON.readTree(EventSchemasTest.JSON.writeValueAsString(revision));
    }

    static Procurement derived() {
        ProcurementContract contract = new ProcurementContract("办公设备采购", ProcurementCategory.GOODS,
                ProcurementMethod.REQUEST_FOR_QUOTATION, "北京某科技有限公司", SupplierSize.MICRO, Amount.of("120000.00"),
                LocalDate.of(2024, 4, 10));
        PurchasedServiceItem item = new PurchasedServiceItem("社区服务评估", null, "技术性服务/评估", null,
                FundingSource.GENERAL_PUBLIC_BUDGET, Amount.of("150000.00"));
        return new Procurement(new GovernmentProcurement(null, null, null, null, null, null, null, null, List.of(contract)),
                new PurchasedServices(null, List.of(item)), new UnitProfile(EmptyTableWording.NOT_APPLICABLE));
    }

    @Test
    void aPartDerivedFromItsContractsAndItemsValidates() throws Exception {
        JsonNode p = payload(derived());
        assertEquals("2024-04-10", p.at("/part/procurement/contracts/0/signedOn").asText());
        assertTrue(EventSchemasTest.schema(PartKind.PROCUREMENT).validate(p).isEmpty(),
                EventSchemasTest.schema(PartKind.PROCUREMENT).validate(p).toString());
    }

    @Test
    void aFigureNeitherStatedNorDerivableIsRefused() throws Exception {
        ObjectNode p = (ObjectNode) payload(derived());
        ((ObjectNode) p.at("/part/procurement")).putNull("contracts");
        assertFalse(EventSchemasTest.schema(PartKind.PROCUREMENT).validate(p).isEmpty());
        ((ObjectNode) p.at("/part/purchasedServices")).remove("items");
        ((ObjectNode) p.at("/part/procurement")).remove("contracts");
        for (String f : List.of("goods", "works", "services", "smeAwards", "smallMicroAwards")) {
            ((ObjectNode) p.at("/part/procurement")).put(f, 0);
        }
        assertFalse(EventSchemasTest.schema(PartKind.PROCUREMENT).validate(p).isEmpty());
        ((ObjectNode) p.at("/part/purchasedServices")).put("total", 0);
        assertTrue(EventSchemasTest.schema(PartKind.PROCUREMENT).validate(p).isEmpty());
    }

    @Test
    void anUnknownCategoryOrAShareOver100IsRefused() throws Exception {
        ObjectNode p = (ObjectNode) payload(derived());
        ((ObjectNode) p.at("/part/procurement/contracts/0")).put("category", "FURNITURE");
        assertFalse(EventSchemasTest.schema(PartKind.PROCUREMENT).validate(p).isEmpty());
        p = (ObjectNode) payload(derived());
        ((ObjectNode) p.at("/part/procurement")).put("statedSmeShare", new BigDecimal("100.01"));
        assertFalse(EventSchemasTest.schema(PartKind.PROCUREMENT).validate(p).isEmpty());
    }
}
