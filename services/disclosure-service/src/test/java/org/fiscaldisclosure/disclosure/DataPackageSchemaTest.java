package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fiscaldisclosure.disclosure.document.ExactJson;
import org.fiscaldisclosure.disclosure.published.PublishedDocument;
import org.fiscaldisclosure.disclosure.rendering.DataPackageRendering;
import org.fiscaldisclosure.disclosure.rendering.RenderInput;
import org.fiscaldisclosure.testsupport.CsvRecords;
import org.junit.jupiter.api.Test;

/**
 * The data package against the published JSON Schemas of the Frictionless Data Package v1, the Tabular Data Package
 * v1 and the Fiscal Data Package v1.0 (test resources {@code frictionless/}, copied from the npm package
 * {@code datapackage}), and every CSV against its own table schema: a header naming the fields, a byte order mark,
 * every value of its declared type.
 */
class DataPackageSchemaTest {

    static final ObjectMapper JSON = DocumentFixture.JSON;

    /** The fixture with the procurement and performance parts' data as their producers publish it. */
    static Map<String, byte[]> files() throws Exception {
        PublishedDocument document = DocumentFixture.published(DocumentFixture.documents(), null, null);
        ((ObjectNode) document.parts().get("procurement")).set("part", JSON.readTree("""
                {"procurement": {"goods": 12000.50, "works": null, "services": null, "smeAwards": 195300.00,
                                 "smallMicroAwards": 0, "contracts": [
                   {"name": "调查服务", "category": "SERVICES", "method": "PUBLIC_TENDER", "supplier": "甲公司",
                    "supplierSize": "SMALL", "amount": 150000.00, "signedOn": "2024-05-20"},
                   {"name": "评估服务", "category": "SERVICES", "method": "PUBLIC_TENDER", "supplier": "乙公司",
                    "supplierSize": "SMALL", "amount": 45300.00, "signedOn": "2024-06-20"}]},
                 "purchasedServices": {"total": 216650.00, "items": [
                   {"project": "=HYPERLINK(\\"http://x\\")", "projectCode": "11010224T000001", "catalogueCategory": "社会治理服务/社区治理服务",
                    "provider": "丙社会工作服务中心", "fundingSource": "GENERAL_PUBLIC_BUDGET", "amount": 216650.00}]}}
                """));
        ((ObjectNode) document.parts().get("performance")).set("part", JSON.readTree("""
                {"department": {"score": 98, "grade": "优", "selfEvaluationTablePublished": true},
                 "projects": [{"projectCode": "P01", "name": "社区工作者岗位教育经费", "totalScore": {"maxPoints": "100", "points": "99"},
                               "funds": {"total": {"annualBudget": 216650.00, "execution": 216650.00}}}]}
                """));
        RenderInput input = RenderInput.of(document, new ExactJson(new ObjectMapper()));
        return unzip(new DataPackageRendering(new ObjectMapper()).render(input));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static JsonSchema schema(String name) throws Exception {
        try (InputStream in = DataPackageSchemaTest.class.getResourceAsStream("/frictionless/" + name)) {
            assertNotNull(in, name);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    /** The messages of the three published profiles for a descriptor (empty when it is valid). */
    static Set<ValidationMessage> violations(JsonNode descriptor) throws Exception {
        Set<ValidationMessage> all = new java.util.LinkedHashSet<>();
        for (String profile : List.of("data-package.json", "tabular-data-package.json", "fiscal-data-package.json")) {
            all.addAll(schema(profile).validate(descriptor));
        }
        return all;
    }

    @Test
    void theDescriptorValidatesAgainstThePublishedDataPackageAndFiscalDataPackageSchemas() throws Exception {
        JsonNode pkg = JSON.readTree(files().get("datapackage.json"));
        assertEquals(Set.of(), violations(pkg));
        assertEquals("tabular-data-package", pkg.get("profile").asText());
        assertEquals(DataPackageRendering.FDP_VERSION, pkg.at("/fiscalDataPackage/version").asText());
        assertEquals("CC-BY-4.0", pkg.at("/licenses/0/name").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", pkg.at("/licenses/0/path").asText());
    }

    @Test
    void theSchemasRefuseADescriptorWithoutItsFiscalModelOrWithAnUntypedField() throws Exception {
        ObjectNode pkg = (ObjectNode) JSON.readTree(files().get("datapackage.json"));
        ObjectNode withoutModel = pkg.deepCopy();
        withoutModel.remove("model");
        assertFalse(violations(withoutModel).isEmpty(), "the Fiscal Data Package schema asks for a model");
        ObjectNode badType = pkg.deepCopy();
        ((ObjectNode) badType.at("/resources/0/schema/fields/0")).put("type", "money");
        assertFalse(violations(badType).isEmpty(), "a field type outside the Table Schema types is refused");
    }

    @Test
    void everyTableOfTheDocumentIsAResourceWithBothSidesAndItsNotes() throws Exception {
        Map<String, byte[]> files = files();
        JsonNode pkg = JSON.readTree(files.get("datapackage.json"));
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        pkg.get("resources").forEach(r -> byName.put(r.get("name").asText(), r));
        for (String table : List.of("table-t1", "table-t3", "table-t5", "table-t11", "table-p4-funds", "table-p4-indicators")) {
            assertTrue(byName.containsKey(table), table + " in " + byName.keySet());
        }
        // 表1 with its income and its expenditure side, amounts exact in 元
        assertEquals(List.of("row_code", "row_level", "income", "income_amount", "expenditure", "expenditure_amount"),
                fieldNames(byName.get("table-t1")));
        List<List<String>> t1 = rows(files.get("table-T1.csv"));
        assertEquals(List.of("generalBudgetAppropriation", "0", "一、一般公共预算财政拨款收入", "3586400.00", "一、一般公共服务支出", "2265432.10"),
                t1.get(1));
        assertEquals(List.of("businessIncome", "0", "二、事业收入", "", "二、社会保障和就业支出", "1320967.90"), t1.get(2));
        assertEquals("收入 金额（元）", byName.get("table-t1").at("/schema/fields/3/title").asText());
        assertEquals("注：本表反映部门本年度的总收支和年末结转结余情况。", byName.get("table-t1").get("description").asText());
        // a cell spanning columns fills the first of them; percentages are numbers
        List<List<String>> indicators = rows(files.get("table-P4-indicators.csv"));
        assertEquals(List.of("total", "0", "总分", "", "", "", "", "100", "97.5"),
                indicators.stream().filter(r -> r.get(0).equals("total")).findFirst().orElseThrow(), indicators.toString());
        assertEquals(List.of("total", "0", "合计", "", "", "195300.00", "195300.00", "100.00"), rows(files.get("table-T11.csv")).get(1));
    }

    @Test
    void procurementByKindPurchasedServicesAndPerformanceScoresAreResources() throws Exception {
        Map<String, byte[]> files = files();
        assertEquals(List.of(List.of("kind_code", "kind", "amount"), List.of("GOODS", "货物", "12000.50"), List.of("WORKS", "工程", "0.00"),
                List.of("SERVICES", "服务", "195300.00")), rows(files.get("procurement-by-kind.csv")),
                "a stated figure as stated, an unstated one the sum of the contracts of its kind");
        List<List<String>> services = rows(files.get("purchased-services.csv"));
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "11010224T000001", "社会治理服务/社区治理服务", "丙社会工作服务中心",
                "一般公共预算财政拨款", "216650.00"), services.get(1), "formula-like text is neutralised");
        assertEquals(List.of(List.of("score", "grade", "self_evaluation_table_published"), List.of("98", "优", "是")),
                rows(files.get("department-evaluation.csv")));
        assertEquals(List.of("P01", "社区工作者岗位教育经费", "216650.00", "216650.00", "99", "100"), rows(files.get("projects.csv")).get(1));
        JsonNode pkg = JSON.readTree(files.get("datapackage.json"));
        assertEquals("executed", pkg.at("/model/measures/purchased-services.amount/phase").asText());
        assertEquals("approved", pkg.at("/model/measures/projects.annual_budget/phase").asText());
    }

    @Test
    void theDataDictionaryNamesEveryFieldOfEveryResourceWithItsChineseNameAndUnit() throws Exception {
        Map<String, byte[]> files = files();
        JsonNode pkg = JSON.readTree(files.get("datapackage.json"));
        List<List<String>> dictionary = rows(files.get("data-dictionary.csv"));
        assertEquals(List.of("resource", "file", "field", "title", "type", "unit"), dictionary.get(0));
        int fields = 0;
        for (JsonNode r : pkg.get("resources")) {
            for (JsonNode f : r.at("/schema/fields")) {
                fields++;
                List<String> entry = dictionary.stream().filter(d -> d.get(0).equals(r.get("name").asText())
                        && d.get(2).equals(f.get("name").asText())).findFirst().orElse(null);
                assertNotNull(entry, r.get("name") + "." + f.get("name"));
                assertEquals(f.get("title").asText(), entry.get(3));
                assertEquals(f.get("type").asText(), entry.get(4));
            }
        }
        assertEquals(fields, dictionary.size() - 1);
        assertTrue(dictionary.contains(List.of("t3", "T3.csv", "basic", "本年支出 基本支出（元）", "number", "元")), dictionary.toString());
        assertTrue(dictionary.contains(List.of("projects", "projects.csv", "points", "总分", "number", "分")));
    }

    @Test
    void everyCsvHasABomAHeaderOfItsFieldsAndEveryValueOfItsDeclaredType() throws Exception {
        Map<String, byte[]> files = files();
        JsonNode pkg = JSON.readTree(files.get("datapackage.json"));
        assertEquals(files.size() - 1, pkg.get("resources").size(), "every file but the descriptor is a resource");
        for (JsonNode r : pkg.get("resources")) {
            byte[] csv = files.get(r.get("path").asText());
            assertNotNull(csv, r.get("path").asText());
            assertEquals("\uFEFF", new String(csv, StandardCharsets.UTF_8).substring(0, 1), "UTF-8 with a BOM: " + r.get("path"));
            List<List<String>> rows = rows(csv);
            List<String> names = fieldNames(r);
            assertEquals(names, rows.get(0), r.get("path").asText());
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(names.size(), row.size(), r.get("path") + ": " + row);
                for (int i = 0; i < names.size(); i++) {
                    String type = r.at("/schema/fields/" + i + "/type").asText();
                    assertTrue(ofType(row.get(i), type), r.get("path") + " " + names.get(i) + " is " + type + ": " + row.get(i));
                }
            }
        }
    }

    /** A value of a Table Schema type as written (an empty field is the default missing value). */
    static boolean ofType(String value, String type) {
        if (value.isEmpty()) {
            return true;
        }
        return switch (type) {
            case "string" -> true;
            case "number" -> value.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)") && new BigDecimal(value) != null;
            case "integer" -> value.matches("[+-]?[0-9]+");
            default -> false;
        };
    }

    static List<String> fieldNames(JsonNode resource) {
        List<String> names = new ArrayList<>();
        resource.at("/schema/fields").forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    /** The records of a CSV of the package (a byte order mark, every record ended by CRLF). */
    static List<List<String>> rows(byte[] csv) {
        return CsvRecords.of(new String(csv, StandardCharsets.UTF_8));
    }
}
