package org.fiscaldisclosure.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.validation.Finding;
import org.fiscaldisclosure.contracts.validation.Severity;
import org.fiscaldisclosure.contracts.validation.ValidationSummary;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON Schemas in api-specs/events describe what the Java contract types really serialize to, and refuse what
 * the services refuse.
 */
class EventSchemasTest {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A schema factory that resolves the schemas' {@code $id}s and {@code $ref}s to the files in api-specs/events. */
    static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(m -> m.mapPrefix(
                "https://fiscal-disclosure.org/events/", ROOT.resolve("api-specs/events").toUri().toString())));
    }

    static JsonSchema schema(PartKind kind) throws Exception {
        Path file = ROOT.resolve("api-specs/events/" + kind.eventType() + ".schema.json");
        return factory().getSchema(Files.readString(file));
    }

    /** A payload exactly as the producers serialize it: the sample part read into its Java type and written back. */
    static JsonNode producedPayload(PartKind kind) throws Exception {
        Object part = JSON.readValue(ROOT.resolve("sample/110102-SWD/2024/" + kind.path() + ".json").toFile(), kind.contentType());
        Finding finding = new Finding("X-1", Severity.WARNING, kind.path(), "T1", "本年收入合计", "金额",
                new BigDecimal("1.00"), new BigDecimal("2.00"), new BigDecimal("-1.00"), "示例");
        PartRevision<Object> revision = new PartRevision<>(UnitCode.of("110102-SWD"), FiscalYear.of(2024), 3,
                Instant.parse("2026-11-28T10:00:00.123456Z"), part, Map.of("total", new BigDecimal("195300.00")),
                ValidationSummary.of(List.of(finding)));
        return JSON.readTree(JSON.writeValueAsString(revision));
    }

    @ParameterizedTest
    @EnumSource(PartKind.class)
    void whatTheProducersSerializeValidates(PartKind kind) throws Exception {
        Set<ValidationMessage> errors = schema(kind).validate(producedPayload(kind));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    /** A document with every kind of block and cell, as a producer writes it. */
    static org.fiscaldisclosure.contracts.document.PartDocument document() {
        var table = new org.fiscaldisclosure.contracts.document.DocumentTable("T3", "支出决算表", "公开03表",
                List.of(new org.fiscaldisclosure.contracts.document.Column("code", "科目编码", null),
                        new org.fiscaldisclosure.contracts.document.Column("name", "科目名称", null),
                        new org.fiscaldisclosure.contracts.document.Column("basic", "基本支出", "本年支出"),
                        new org.fiscaldisclosure.contracts.document.Column("share", "占比", null)),
                List.of(new org.fiscaldisclosure.contracts.document.TableRow("2010301", 3, false, List.of(
                                org.fiscaldisclosure.contracts.document.Cell.text("2010301"),
                                org.fiscaldisclosure.contracts.document.Cell.text("行政运行"),
                                org.fiscaldisclosure.contracts.document.Cell.amount(new BigDecimal("85100.00")),
                                org.fiscaldisclosure.contracts.document.Cell.percent(new BigDecimal("2.37")))),
                        new org.fiscaldisclosure.contracts.document.TableRow(null, 0, true, List.of(
                                org.fiscaldisclosure.contracts.document.Cell.text("合计").spanning(2),
                                org.fiscaldisclosure.contracts.document.Cell.amount(new BigDecimal("85100.00")),
                                org.fiscaldisclosure.contracts.document.Cell.empty()))),
                List.of("注：本表金额单位为万元。"), org.fiscaldisclosure.contracts.document.Classification.FUNCTIONAL);
        return new org.fiscaldisclosure.contracts.document.PartDocument(List.of(
                new org.fiscaldisclosure.contracts.document.DocumentSection(org.fiscaldisclosure.contracts.document.Slot.STATEMENT_TABLES,
                        "T3", "支出决算表", List.of(org.fiscaldisclosure.contracts.document.Block.table(table))),
                new org.fiscaldisclosure.contracts.document.DocumentSection(org.fiscaldisclosure.contracts.document.Slot.EXPLANATION,
                        "P2-income", "收入决算情况说明", List.of(
                        org.fiscaldisclosure.contracts.document.Block.heading("（一）收入"),
                        org.fiscaldisclosure.contracts.document.Block.paragraph("本年收入合计358.64万元。"),
                        org.fiscaldisclosure.contracts.document.Block.chart(new org.fiscaldisclosure.contracts.document.Chart(
                                "income-by-source", "收入构成", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"))))));
    }

    @ParameterizedTest
    @EnumSource(PartKind.class)
    void aPayloadWithItsPublishedDocumentValidates(PartKind kind) throws Exception {
        ObjectNode payload = (ObjectNode) producedPayload(kind);
        payload.set("document", JSON.valueToTree(document()));
        Set<ValidationMessage> errors = schema(kind).validate(payload);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @ParameterizedTest
    @EnumSource(PartKind.class)
    void aDocumentWithAnAmountWithoutValueOrAnUnknownSlotIsRefused(PartKind kind) throws Exception {
        ObjectNode payload = (ObjectNode) producedPayload(kind);
        payload.set("document", JSON.valueToTree(document()));
        ObjectNode cell = (ObjectNode) payload.at("/document/sections/0/blocks/0/table/rows/0/cells/2");
        cell.putNull("value");
        assertTrue(!schema(kind).validate(payload).isEmpty(), "an AMOUNT cell without value must be refused");
        cell.put("value", new BigDecimal("85100.00"));
        ((ObjectNode) payload.at("/document/sections/1")).put("slot", "APPENDIX");
        assertTrue(!schema(kind).validate(payload).isEmpty(), "an unknown slot must be refused");
    }

    @org.junit.jupiter.api.Test
    void aDocumentReadsBackIntoTheJavaTypesUnchanged() throws Exception {
        var doc = document();
        assertTrue(doc.equals(JSON.readValue(JSON.writeValueAsString(doc), org.fiscaldisclosure.contracts.document.PartDocument.class)));
    }

    @ParameterizedTest
    @EnumSource(PartKind.class)
    void aPayloadWithFieldsAddedLaterStillValidates(PartKind kind) throws Exception {
        ObjectNode payload = (ObjectNode) producedPayload(kind);
        payload.put("addedInV1_1", "consumers must ignore this");
        ((ObjectNode) payload.get("part")).put("anotherNewField", 1);
        assertTrue(schema(kind).validate(payload).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(PartKind.class)
    void aPayloadWithoutItsRevisionOrWithABadUnitCodeIsRefused(PartKind kind) throws Exception {
        ObjectNode payload = (ObjectNode) producedPayload(kind);
        payload.remove("revision");
        payload.put("unitCode", "swd");
        Set<ValidationMessage> errors = schema(kind).validate(payload);
        assertEquals(2, errors.size(), errors.toString());
    }

    @ParameterizedTest
    @EnumSource(PartKind.class)
    void aNegativeOrSubFenAmountIsRefused(PartKind kind) throws Exception {
        ObjectNode payload = (ObjectNode) producedPayload(kind);
        String path = switch (kind) {
            case STATEMENTS -> "/part/tables/summary/rows/0/values";
            case PROCUREMENT -> "/part/procurement";
            case PERFORMANCE -> "/part/projects/0/funds/total";
        };
        String field = switch (kind) {
            case STATEMENTS -> "amount";
            case PROCUREMENT -> "goods";
            case PERFORMANCE -> "annualBudget";
        };
        ((ObjectNode) payload.at(path)).put(field, new BigDecimal("-1"));
        assertFalse(schema(kind).validate(payload).isEmpty());
        ((ObjectNode) payload.at(path)).put(field, new BigDecimal("0.001"));
        assertFalse(schema(kind).validate(payload).isEmpty());
    }
}
