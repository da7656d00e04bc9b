package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;
import static org.fiscaldisclosure.procurement.Parts.unit;
import static org.fiscaldisclosure.procurement.Parts.url;
import static org.fiscaldisclosure.procurement.Workbooks.XLSX;
import static org.fiscaldisclosure.procurement.Workbooks.cell;
import static org.fiscaldisclosure.procurement.Workbooks.shown;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.fiscaldisclosure.platform.outbox.OutboxEvent;
import org.junit.jupiter.api.Test;

/** Tables 11 and 12 as xlsx: exported in the published layout, imported back to the same part. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementWorkbookTest {

    @Test
    void theSampleIsExportedInThePublishedLayoutInWanYuan() throws Exception {
        String unit = unit();
        Parts.put(unit, Parts.sampleText()).statusCode(201);
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.export(unit))) {
            assertEquals(List.of("表11", "表12"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("政府采购情况表", shown(wb, "表11", "A1"));
            assertEquals("编制单位：" + unit + "　　2024年度", shown(wb, "表11", "A2"));
            assertEquals("单位：万元", shown(wb, "表11", "H2"));
            assertEquals("政府采购支出总额", shown(wb, "表11", "A3"));
            assertEquals(List.of("19.53", "0.00", "0.00", "19.53", "19.53", "100.00%", "19.53", "100.00%"),
                    List.of("A4", "B4", "C4", "D4", "E4", "F4", "G4", "H4").stream().map(r -> shown(wb, "表11", r)).toList());
            assertEquals("政府购买服务决算公开情况表", shown(wb, "表12", "A1"));
            assertEquals("单位：万元", shown(wb, "表12", "G2"));
            assertEquals("合计", shown(wb, "表12", "A4"));
            assertEquals("21.67", shown(wb, "表12", "G4"));
            assertEquals("西城区2024年度街道系统绩效管理考评咨询服务", shown(wb, "表12", "B5"));
            assertEquals("一般公共预算财政拨款", shown(wb, "表12", "F5"));
            assertEquals("21.67", shown(wb, "表12", "G5"));
            assertEquals("21.665", cell(wb, "表12", "G5").getRawValue()); // the exact 216,650.00 元, not 21.67
        }
    }

    @Test
    void theWorkbookIsServedByAcceptHeaderAndByItsOwnLinkWhileJsonStaysTheDefault() throws Exception {
        String unit = unit();
        Parts.put(unit, Parts.sampleText()).statusCode(201);
        given().get(url(unit)).then().statusCode(200).contentType("application/json").body("revision", equalTo(1));
        given().get(url(unit) + "/tables").then().statusCode(200).contentType("application/json");
        for (String path : List.of("", "/tables")) {
            given().accept(XLSX).get(url(unit) + path).then().statusCode(200).contentType(XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + unit + "-2024-procurement.xlsx\"")
                    .header("ETag", "\"1\"");
        }
        given().get(url(unit) + "/tables.xlsx").then().statusCode(200).contentType(XLSX);
        given().accept(XLSX).get(url(unit())).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anExportedWorkbookImportsBackToTheSameFiguresItemsAndProfile() throws Exception {
        String unit = unit();
        ObjectNode sample = Parts.sample();
        sample.with("profile").put("emptyTableWording", "NOT_APPLICABLE");
        Parts.put(unit, sample).statusCode(201);
        JsonNode before = Parts.JSON.readTree(given().get(url(unit)).then().extract().asString());

        // the same figures, items and profile: the same content, answered with revision 1 (nothing stored)
        JsonNode after = Parts.JSON.readTree(Workbooks.put(unit, Workbooks.export(unit)).statusCode(200)
                .header("ETag", "\"1\"").extract().asString());
        assertEquals(before.get("headline"), after.get("headline"));
        assertEquals(before.get("validation"), after.get("validation"));
        assertEquals(before.at("/part/procurement"), after.at("/part/procurement"));
        assertEquals(before.at("/part/purchasedServices"), after.at("/part/purchasedServices"));
        assertEquals("NOT_APPLICABLE", after.at("/part/profile/emptyTableWording").asText());
        assertEquals(1, OutboxEvent.count("subject", unit + "/2024"), "an identical import sends no event");
    }

    @Test
    void contractsRoundTripThroughTheirOwnSheetExactToTheFen() throws Exception {
        String unit = unit();
        Parts.put(unit, Parts.clean()).statusCode(201);
        byte[] exported = Workbooks.export(unit);
        try (XSSFWorkbook wb = Workbooks.open(exported)) {
            assertEquals("政府采购合同", wb.getSheetName(2));
            assertEquals("19.53", shown(wb, "政府采购合同", "G5"));
            assertEquals("19.53125", cell(wb, "政府采购合同", "G5").getRawValue());
            assertEquals("2024-06-01", shown(wb, "政府采购合同", "H5"));
            assertEquals("小型企业", shown(wb, "政府采购合同", "F5"));
        }
        String other = unit();
        Workbooks.put(other, exported).statusCode(201)
                .body("part.procurement.contracts[1].amount", equalTo(195312.50f))
                .body("part.procurement.contracts[1].signedOn", equalTo("2024-06-01"))
                .body("part.procurement.contracts[1].method", equalTo("COMPETITIVE_CONSULTATION"))
                .body("part.procurement.contracts[0].supplierSize", equalTo("MEDIUM"))
                .body("part.purchasedServices.items[0].projectCode", equalTo("11010224T000001"))
                .body("validation.findings.size()", equalTo(0))
                .body("part.profile", nullValue());
    }

    @Test
    void blankFigureCellsAreLeftOutAndDerivedFromTheContractSheet() throws Exception {
        String unit = unit();
        Parts.put(unit, Parts.clean()).statusCode(201);
        byte[] blanked = Workbooks.modify(Workbooks.export(unit), wb -> {
            for (String ref : List.of("A4", "B4", "D4", "E4", "F4", "G4", "H4")) {
                cell(wb, "表11", ref).setBlank();
            }
            cell(wb, "表11", "B4").setCellValue("  ");
            cell(wb, "表12", "G4").setBlank();
        });
        String other = unit();
        Workbooks.put(other, blanked).statusCode(201)
                .body("part.procurement.goods", nullValue())
                .body("part.procurement.works", equalTo(0.0f))
                .body("part.purchasedServices.total", nullValue())
                .body("headline.procurementTotal", equalTo(315312.50f))
                .body("headline.purchasedServicesTotal", equalTo(150000.00f));
        given().get(url(other) + "/tables").then().body("table11.goods.source", equalTo("DERIVED"))
                .body("table11.works.source", equalTo("STATED"));
    }

    @Test
    void valuesASpreadsheetProgramTypedOrRewroteAreReadToTheFen() throws Exception {
        String unit = unit();
        Parts.put(unit, Parts.sampleText()).statusCode(201);
        byte[] typed = Workbooks.modify(Workbooks.export(unit), wb -> {
            cell(wb, "表12", "G5").getCTCell().setV("21.664999999999999"); // as a spreadsheet program rewrites it
            cell(wb, "表12", "G4").setCellValue(21.665);
            cell(wb, "表11", "F4").setCellValue("100%");          // a share typed as text
            cell(wb, "表12", "C5").setCellValue(11010224);         // a project code typed as a number
        });
        Workbooks.put(unit, typed).statusCode(200)
                .body("part.purchasedServices.items[0].amount", equalTo(216650.00f))
                .body("part.purchasedServices.total", equalTo(216650.00f))
                .body("part.procurement.statedSmeShare", equalTo(100.00f))
                .body("part.purchasedServices.items[0].projectCode", equalTo("11010224"));
    }

    @Test
    void aStaleIfMatchOnAWorkbookIs412AndStoresNothing() throws Exception {
        String unit = unit();
        Parts.put(unit, Parts.sampleText()).statusCode(201);
        byte[] workbook = Workbooks.export(unit);
        given().contentType(XLSX).header("If-Match", "\"7\"").body(workbook).put(url(unit)).then().statusCode(412)
                .contentType("application/problem+json");
        // the right tag: accepted; the workbook holds the same content, so it is answered with revision 1, no event
        given().contentType(XLSX).header("If-Match", "\"1\"").body(workbook).put(url(unit)).then().statusCode(200)
                .header("ETag", "\"1\"");
        assertEquals(1, OutboxEvent.count("subject", unit + "/2024"));
    }
}
