package org.fiscaldisclosure.contracts.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import java.util.Set;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.junit.jupiter.api.Test;

/** The schema of fiscal.disclosure.published.v1 describes what {@link DisclosurePublished} serializes to. */
class DisclosurePublishedSchemaTest {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static JsonSchema schema() throws Exception {
        Path file = ROOT.resolve("api-specs/events/" + DisclosurePublished.EVENT_TYPE + ".schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file));
    }

    static ObjectNode produced(int version, String note) throws Exception {
        DisclosurePublished event = new DisclosurePublished(UnitCode.of("110102-SWD"), FiscalYear.of(2024), version,
                "0f".repeat(32), Instant.parse("2026-11-28T10:00:00.123456Z"), "赵发布", note,
                new PublishedApproval("王审核", Instant.parse("2026-11-28T09:00:00Z"), "李保密", "张部长"),
                Map.of("statements", 2L, "procurement", 1L, "performance", 1L),
                Map.of("expenditureTotal", new BigDecimal("3586400.00"), "departmentScore", new BigDecimal("98")),
                new FindingCounts(0, 1, 0, 1), "/api/v1/disclosures/110102-SWD/2024/versions/" + version);
        return (ObjectNode) JSON.readTree(JSON.writeValueAsString(event));
    }

    @Test
    void whatTheDisclosureServiceSerializesValidates() throws Exception {
        Set<ValidationMessage> first = schema().validate(produced(1, null));
        assertTrue(first.isEmpty(), first.toString());
        Set<ValidationMessage> second = schema().validate(produced(2, "更正表1 本年支出合计"));
        assertTrue(second.isEmpty(), second.toString());
    }

    @Test
    void fieldsAddedLaterStillValidate() throws Exception {
        ObjectNode payload = produced(1, null);
        payload.put("addedInV1_1", "consumers must ignore this");
        assertTrue(schema().validate(payload).isEmpty());
    }

    @Test
    void aPayloadWithoutItsVersionWithABadHashOrAFatalFindingIsRefused() throws Exception {
        ObjectNode payload = produced(1, null);
        payload.remove("version");
        payload.put("contentHash", "sha256:abc");
        ((ObjectNode) payload.get("findings")).put("fatal", 1);
        Set<ValidationMessage> errors = schema().validate(payload);
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void theEventTypeAndSourceAreThoseOfTheAsyncApiDocument() throws Exception {
        String asyncapi = Files.readString(ROOT.resolve("api-specs/events.asyncapi.yaml"));
        assertTrue(asyncapi.contains("const: " + DisclosurePublished.EVENT_TYPE));
        assertTrue(asyncapi.contains("const: " + DisclosurePublished.SOURCE));
        JsonNode schema = JSON.readTree(ROOT.resolve("api-specs/events/" + DisclosurePublished.EVENT_TYPE + ".schema.json").toFile());
        assertEquals(DisclosurePublished.EVENT_TYPE, schema.get("title").asText());
    }
}
