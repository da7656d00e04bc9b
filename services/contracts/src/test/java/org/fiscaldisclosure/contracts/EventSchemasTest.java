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

    static JsonSchema schema(PartKind kind) throws Exception {
        Path file = ROOT.resolve("api-specs/events/" + kind.eventType() + ".schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file));
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
