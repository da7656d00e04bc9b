package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;
import static org.fiscaldisclosure.procurement.Parts.JSON;
import static org.fiscaldisclosure.procurement.Parts.put;
import static org.fiscaldisclosure.procurement.Parts.unit;
import static org.fiscaldisclosure.procurement.Parts.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** The part's published form: 表11 and 表12 in exact 元, and the text of 第三部分 三、 and 五、 as the narrative has it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementDocumentTest {

    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十百]+、.*");

    static JsonNode document(String body) throws Exception {
        return JSON.readTree(body).get("document");
    }

    static JsonNode section(JsonNode document, String id) {
        return stream(document.get("sections")).filter(s -> s.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    static JsonNode table(JsonNode document, String id) {
        JsonNode blocks = section(document, id).get("blocks");
        assertEquals(1, blocks.size());
        assertEquals("TABLE", blocks.get(0).get("kind").asText());
        return blocks.get(0).get("table");
    }

    /** The cell of a table row (by its code) under a column (by its key). */
    static JsonNode cell(JsonNode table, String rowCode, String columnKey) {
        List<String> keys = stream(table.get("columns")).map(c -> c.get("key").asText()).toList();
        JsonNode row = stream(table.get("rows")).filter(r -> rowCode.equals(r.get("code").asText())).findFirst().orElseThrow();
        int column = 0;
        for (JsonNode c : row.get("cells")) {
            if (column == keys.indexOf(columnKey)) {
                return c;
            }
            column += c.get("colspan").asInt();
        }
        throw new AssertionError("no cell " + rowCode + "/" + columnKey);
    }

    static void assertAmount(JsonNode expectedYuan, JsonNode cell) {
        assertEquals("AMOUNT", cell.get("kind").asText());
        assertEquals(0, expectedYuan.decimalValue().compareTo(cell.get("value").decimalValue()),
                () -> "expected " + expectedYuan + " 元, cell " + cell);
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    @Test
    void theSamplesDocumentHasBothTablesAndBothTextsInTheirSlots() throws Exception {
        JsonNode doc = document(put(unit(), Parts.sampleText()).statusCode(201).extract().asString());
        JsonNode sections = doc.get("sections");
        assertEquals(List.of("PROCUREMENT_TABLES", "PROCUREMENT_TABLES", "PROCUREMENT", "PURCHASED_SERVICES"),
                stream(sections).map(s -> s.get("slot").asText()).toList());
        assertEquals(List.of("T11", "T12", "P3-procurement", "P3-purchased-services"),
                stream(sections).map(s -> s.get("id").asText()).toList());
        assertEquals(List.of("政府采购情况表", "政府购买服务决算公开情况表", "政府采购支出情况", "政府购买服务支出说明"),
                stream(sections).map(s -> s.get("title").asText()).toList());
        List<String> titles = new ArrayList<>(stream(sections).map(s -> s.get("title").asText()).toList());
        titles.add(table(doc, "T11").get("title").asText());
        titles.add(table(doc, "T12").get("title").asText());
        titles.forEach(t -> assertFalse(NUMBERED.matcher(t).matches(), t + " carries its number"));
    }

    @Test
    void table11HoldsTheSamplesFiguresInYuanAndTheSharesComputedFromThem() throws Exception {
        ObjectNode sample = Parts.sample();
        JsonNode p = sample.get("procurement");
        JsonNode t11 = table(document(put(unit(), Parts.sampleText()).statusCode(201).extract().asString()), "T11");
        assertEquals(List.of("项目", "金额", "占政府采购支出总额比例"),
                stream(t11.get("columns")).map(c -> c.get("label").asText()).toList());
        assertAmount(p.get("statedTotal"), cell(t11, "政府采购支出总额", "amount"));
        assertAmount(p.get("goods"), cell(t11, "政府采购货物支出", "amount"));
        assertAmount(p.get("works"), cell(t11, "政府采购工程支出", "amount"));
        assertAmount(p.get("services"), cell(t11, "政府采购服务支出", "amount"));
        assertAmount(p.get("smeAwards"), cell(t11, "授予中小企业合同金额", "amount"));
        assertAmount(p.get("smallMicroAwards"), cell(t11, "授予小微企业合同金额", "amount"));
        assertEquals("PERCENT", cell(t11, "授予小微企业合同金额", "share").get("kind").asText());
        assertEquals(0, new BigDecimal("100").compareTo(cell(t11, "授予中小企业合同金额", "share").get("value").decimalValue()));
        assertEquals("其中：授予小微企业合同金额", cell(t11, "授予小微企业合同金额", "item").get("text").asText());
        assertTrue(t11.get("rows").get(0).get("emphasis").asBoolean(), "the total is emphasised");
        assertEquals(0, t11.get("notes").size(), "a table with figures has no empty-table statement");
    }

    @Test
    void table12HoldsTheTotalAndEachPurchasedServiceWithItsCatalogueLevels() throws Exception {
        ObjectNode sample = Parts.sample();
        JsonNode s = sample.get("purchasedServices");
        JsonNode item = s.get("items").get(0);
        JsonNode t12 = table(document(put(unit(), Parts.sampleText()).statusCode(201).extract().asString()), "T12");
        assertEquals(List.of("序号", "项目名称", "所属预算项目编码", "一级目录", "二级目录", "三级目录", "承接主体", "资金来源", "决算金额"),
                stream(t12.get("columns")).map(c -> c.get("label").asText()).toList());
        assertEquals(List.of("政府购买服务指导性目录"), stream(t12.get("columns")).filter(c -> !c.get("group").isNull())
                .map(c -> c.get("group").asText()).distinct().toList());
        assertEquals(1 + s.get("items").size(), t12.get("rows").size());
        assertAmount(s.get("total"), cell(t12, "合计", "amount"));
        String project = item.get("project").asText();
        assertAmount(item.get("amount"), cell(t12, project, "amount"));
        assertEquals(project, cell(t12, project, "project").get("text").asText());
        String[] levels = item.get("catalogueCategory").asText().split("/");
        assertEquals(levels[0], cell(t12, project, "catalogueLevel1").get("text").asText());
        assertEquals(levels[1], cell(t12, project, "catalogueLevel2").get("text").asText());
        assertEquals("EMPTY", cell(t12, project, "catalogueLevel3").get("kind").asText());
        assertEquals("一般公共预算财政拨款", cell(t12, project, "fundingSource").get("text").asText());
        assertEquals("EMPTY", cell(t12, project, "provider").get("kind").asText(), "the sample names no provider");
    }

    @Test
    void theTextSectionsAreExactlyTheNarrativesParagraphs() throws Exception {
        String unit = unit();
        JsonNode doc = document(put(unit, Parts.sampleText()).statusCode(201).extract().asString());
        JsonNode narrative = JSON.readTree(given().get(url(unit) + "/narrative").then().statusCode(200).extract().asString());
        for (int i = 0; i < 2; i++) {
            JsonNode expected = narrative.get("sections").get(i);
            JsonNode published = section(doc, i == 0 ? "P3-procurement" : "P3-purchased-services");
            assertEquals(expected.get("title").asText(), published.get("title").asText());
            assertEquals(stream(expected.get("paragraphs")).map(p -> p.get("text").asText()).toList(),
                    stream(published.get("blocks")).map(b -> b.get("text").asText()).toList());
            stream(published.get("blocks")).forEach(b -> assertEquals("PARAGRAPH", b.get("kind").asText()));
        }
        assertEquals(List.of(ProcurementNarrativeTest.SEED_PROCUREMENT),
                stream(section(doc, "P3-procurement").get("blocks")).map(b -> b.get("text").asText()).toList());
    }

    @Test
    void emptyTablesCarryTheStatementTheNarrativeMakesForThem() throws Exception {
        String unit = unit();
        JsonNode doc = document(put(unit, ProcurementNarrativeTest.emptyPart("NOT_APPLICABLE")).statusCode(201)
                .extract().asString());
        assertEquals(List.of("本单位不涉及。"), JSON.convertValue(table(doc, "T11").get("notes"), List.class));
        assertEquals(List.of("本单位不涉及。"), JSON.convertValue(table(doc, "T12").get("notes"), List.class));
        assertEquals(1, table(doc, "T12").get("rows").size(), "only the 合计 row");
        assertAmount(JSON.readTree("0"), cell(table(doc, "T11"), "政府采购支出总额", "amount"));

        String zeroUnit = unit();
        JsonNode zero = document(put(zeroUnit, ProcurementNarrativeTest.emptyPart("ZERO_SENTENCE")).statusCode(201)
                .extract().asString());
        assertEquals(List.of("2024年度政府采购支出总额0万元。"), JSON.convertValue(table(zero, "T11").get("notes"), List.class));
        assertEquals(List.of("2024年度政府购买服务决算0万元。"), JSON.convertValue(table(zero, "T12").get("notes"), List.class));
    }

    @Test
    void theStoredRevisionCarriesTheSameDocument() throws Exception {
        String unit = unit();
        JsonNode answered = document(put(unit, Parts.sampleText()).statusCode(201).extract().asString());
        JsonNode stored = document(given().get(url(unit)).then().statusCode(200).extract().asString());
        assertEquals(answered, stored);
    }
}
