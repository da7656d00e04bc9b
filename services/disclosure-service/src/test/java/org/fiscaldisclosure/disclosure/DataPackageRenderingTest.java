package org.fiscaldisclosure.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fiscaldisclosure.disclosure.rendering.DataPackageRendering;
import org.fiscaldisclosure.disclosure.rendering.RenderInput;
import org.junit.jupiter.api.Test;

/** The Fiscal Data Package: datapackage.json checked structurally, the CSVs' amounts exact in 元. */
class DataPackageRenderingTest {

    static Map<String, byte[]> files() throws Exception {
        RenderInput input = DocumentFixture.input();
        byte[] zip = new DataPackageRendering(new ObjectMapper()).render(input);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void theDescriptorIsAFiscalDataPackageWhoseModelNamesFieldsOfItsResources() throws Exception {
        Map<String, byte[]> files = files();
        assertEquals(List.of("datapackage.json", "T3.csv", "T5.csv"), files.keySet().stream()
                        .filter(n -> !n.startsWith("table-") && !n.equals("data-dictionary.csv")).toList(),
                "besides every whole table and the dictionary, the classified tables (the fixture's parts carry no data "
                        + "of procurement or performance)");
        JsonNode pkg = DocumentFixture.JSON.readTree(files.get("datapackage.json"));
        validate(pkg, files);
        assertEquals("tabular-data-package", pkg.get("profile").asText());
        assertEquals("1.0", pkg.at("/fiscalDataPackage/version").asText());
        assertEquals("110102-swd-2024-final-accounts-v1", pkg.get("name").asText());
        assertEquals("CN", pkg.get("countryCode").asText());
        assertEquals("CNY", pkg.get("currency").asText());
        assertEquals("2024-01-01", pkg.at("/fiscalPeriod/start").asText());
        assertEquals("2024-12-31", pkg.at("/fiscalPeriod/end").asText());

        JsonNode basic = pkg.at("/model/measures/t3.basic");
        assertEquals("t3", basic.get("resource").asText());
        assertEquals("basic", basic.get("source").asText());
        assertEquals("CNY", basic.get("currency").asText());
        assertEquals(1, basic.get("factor").asInt());
        assertEquals("executed", basic.get("phase").asText());
        assertEquals("expenditure", basic.get("direction").asText());
        assertEquals("二、支出决算表 本年支出 基本支出", basic.get("title").asText());

        JsonNode functional = pkg.at("/model/dimensions/functional-classification");
        assertEquals("classification", functional.get("dimensionType").asText());
        assertEquals("functional", functional.get("classificationType").asText());
        assertEquals(List.of("class_code", "subclass_code", "item_code"), strings(functional.get("primaryKey")));
        assertEquals("functional_item_code", functional.at("/attributes/item_code/source").asText());
        assertEquals("subclass_code", functional.at("/attributes/item_code/parent").asText());
        assertEquals("item_code", functional.at("/attributes/item_label/labelfor").asText());
        assertEquals("项名称", functional.at("/attributes/item_label/title").asText());
        JsonNode economic = pkg.at("/model/dimensions/economic-classification");
        assertEquals("economic", economic.get("classificationType").asText());
        assertEquals(List.of("class_code", "subclass_code"), strings(economic.get("primaryKey")));
    }

    @Test
    void theEvaluatedProjectsAreAResourceWithTheirAmountsExactInYuan() throws Exception {
        var document = DocumentFixture.published(DocumentFixture.documents(), null, null);
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.parts().get("performance")).set("part", DocumentFixture.JSON.readTree("""
                {"projects": [
                  {"projectCode": "P01", "name": "社区工作者岗位教育经费", "totalScore": {"maxPoints": "100", "points": "99"},
                   "funds": {"total": {"annualBudget": 216650.00, "execution": 216650.00}}},
                  {"projectCode": "P02", "name": "调查、评估\\"满意度\\"服务", "totalScore": {"maxPoints": "100", "points": "91.5"},
                   "funds": {"total": {"annualBudget": 50000.00, "execution": 48000.10}}}]}
                """));
        byte[] zip = new DataPackageRendering(new ObjectMapper()).render(
                RenderInput.of(document, new org.fiscaldisclosure.disclosure.document.ExactJson(new ObjectMapper())));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(List.of("project_code,project_name,annual_budget,execution,points,max_points",
                "P01,社区工作者岗位教育经费,216650.00,216650.00,99,100",
                "P02,\"调查、评估\"\"满意度\"\"服务\",50000.00,48000.10,91.5,100"), lines(files.get("projects.csv")));
        JsonNode pkg = DocumentFixture.JSON.readTree(files.get("datapackage.json"));
        validate(pkg, files);
        assertEquals("executed", pkg.at("/model/measures/projects.execution/phase").asText());
        assertEquals("projects", pkg.at("/model/measures/projects.execution/resource").asText());
    }

    /** The structural rules of a (fiscal) data package that the files must meet. */
    static void validate(JsonNode pkg, Map<String, byte[]> files) throws Exception {
        for (String required : List.of("name", "title", "resources", "model", "profile", "countryCode", "fiscalPeriod")) {
            assertNotNull(pkg.get(required), required);
        }
        assertTrue(pkg.get("name").asText().matches("[a-z0-9._-]+"), "a package name is lower-case: " + pkg.get("name"));
        Map<String, List<String>> fieldsByResource = new LinkedHashMap<>();
        for (JsonNode r : pkg.get("resources")) {
            assertTrue(r.get("name").asText().matches("[a-z0-9._-]+"), r.toString());
            byte[] csv = files.get(r.get("path").asText());
            assertNotNull(csv, "the resource's file is in the package: " + r.get("path"));
            assertEquals(csv.length, r.get("bytes").asInt());
            assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)), r.get("hash").asText());
            List<String> fields = new ArrayList<>();
            r.at("/schema/fields").forEach(f -> fields.add(f.get("name").asText()));
            assertEquals(fields, List.of(lines(csv).get(0).split(",")), "the CSV header is the schema's fields");
            for (JsonNode f : r.at("/schema/fields")) {
                assertTrue(Set.of("string", "number", "integer").contains(f.get("type").asText()), f.toString());
            }
            fieldsByResource.put(r.get("name").asText(), fields);
        }
        pkg.at("/model/measures").forEach(m -> {
            List<String> fields = fieldsByResource.get(m.get("resource").asText());
            assertNotNull(fields, "a measure names a resource: " + m);
            assertTrue(fields.contains(m.get("source").asText()), "a measure's source is a field: " + m);
            assertTrue(Set.of("revenue", "expenditure").contains(m.get("direction").asText()), m.toString());
        });
        pkg.at("/model/dimensions").forEach(d -> d.get("attributes").forEach(a -> assertTrue(
                fieldsByResource.values().stream().anyMatch(f -> f.contains(a.get("source").asText())),
                "a dimension attribute's source is a field: " + a)));
    }

    @Test
    void theCsvHoldsTheLeafRowsWithTheirLevelsAndExactAmountsInYuan() throws Exception {
        Map<String, byte[]> files = files();
        assertEquals(List.of(
                "functional_class_code,functional_class_label,functional_subclass_code,functional_subclass_label,functional_item_code,functional_item_label,total,basic,project",
                "201,一般公共服务支出,20103,政府办公厅（室）及相关机构事务,2010301,行政运行,2165432.10,85200.00,2080232.10",
                "201,一般公共服务支出,20103,政府办公厅（室）及相关机构事务,2010350,事业运行,100000.00,,100000.00",
                "208,社会保障和就业支出,20805,行政事业单位养老支出,2080505,机关事业单位基本养老保险缴费支出,1320967.90,,1320967.90"),
                lines(files.get("T3.csv")));
        List<String> t5 = lines(files.get("T5.csv"));
        assertEquals("economic_class_code,economic_class_label,economic_subclass_code,economic_subclass_label,amount", t5.get(0));
        assertEquals(List.of("301,工资福利支出,30101,基本工资,40000.00", "301,工资福利支出,30102,津贴补贴,20000.00",
                "302,商品和服务支出,30201,办公费,25200.00"), t5.subList(1, 4));
        // the leaves add up exactly to the published total (3,586,400.00 元), nothing counted twice
        BigDecimal total = lines(files.get("T3.csv")).stream().skip(1).map(l -> new BigDecimal(l.split(",")[6]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("3586400.00"), total);
    }

    static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with a byte order mark");
        text = text.substring(1);
        assertTrue(text.endsWith("\r\n"), "CRLF line ends");
        return List.of(text.split("\r\n"));
    }

    static List<String> strings(JsonNode array) {
        List<String> s = new ArrayList<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }
}
