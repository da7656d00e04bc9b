package org.fiscaldisclosure.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.fiscaldisclosure.contracts.event.PartKind;

/**
 * A part event payload for the publication tests: the sample's part content as it is (the tests never look into
 * it), with the headline figures and the part's own findings chosen by the test.
 */
final class PartPayload {

    private final PartKind kind;
    private final String unit;
    private final long revision;
    private final ObjectNode headline = PartEvents.JSON.createObjectNode();
    private final ArrayNode findings = PartEvents.JSON.createArrayNode();
    private JsonNode document;
    private ObjectNode content;
    private int fatal;
    private int warning;
    private int info;
    private int year = 2024;

    private PartPayload(PartKind kind, String unit, long revision) {
        this.kind = kind;
        this.unit = unit;
        this.revision = revision;
    }

    static PartPayload of(PartKind kind, String unit, long revision) {
        return new PartPayload(kind, unit, revision);
    }

    /** Headline figures that satisfy every cross-part rule (the seed's figures, in 元). */
    static PartPayload consistent(PartKind kind, String unit, long revision) {
        PartPayload p = of(kind, unit, revision);
        return switch (kind) {
            case STATEMENTS -> p.figure("expenditureTotal", "3586400.00").figure("projectExpenditure", "3501200.00");
            case PROCUREMENT -> p.figure("procurementTotal", "195300.00").figure("procurementServices", "195300.00")
                    .figure("purchasedServicesTotal", "195300.00");
            case PERFORMANCE -> p.figure("evaluatedProjectAmount", "1180801.00").figure("departmentScore", "98");
        };
    }

    /** Of another fiscal year than 2024. */
    PartPayload year(int fiscalYear) {
        this.year = fiscalYear;
        return this;
    }

    PartPayload figure(String key, String value) {
        headline.put(key, new BigDecimal(value));
        return this;
    }

    /** The part's content (the sample's when not given). */
    PartPayload content(ObjectNode part) {
        this.content = part;
        return this;
    }

    PartPayload without(String key) {
        headline.remove(key);
        return this;
    }

    /** The part's published form ({@code document}), as its producer writes it into every revision. */
    PartPayload document(JsonNode document) {
        this.document = document;
        return this;
    }

    /** One of the part's own findings, as its producer would report it. */
    PartPayload finding(String ruleId, String severity, String table, String row, String message) {
        findings.addObject().put("ruleId", ruleId).put("severity", severity).put("part", kind.key()).put("table", table)
                .put("row", row).putNull("column").putNull("provided").putNull("expected").putNull("difference")
                .put("message", message);
        switch (severity) {
            case "FATAL" -> fatal++;
            case "WARNING" -> warning++;
            default -> info++;
        }
        return this;
    }

    String json() throws Exception {
        ObjectNode p = PartEvents.JSON.createObjectNode();
        p.put("unitCode", unit);
        p.put("fiscalYear", year);
        p.put("revision", revision);
        p.put("revisedAt", "2026-11-28T10:00:0" + (revision % 10) + "Z");
        p.set("part", content != null ? content : PartEvents.sample(kind));
        p.set("headline", headline);
        if (document != null) {
            p.set("document", document);
        }
        ObjectNode v = p.putObject("validation");
        v.put("fatal", fatal).put("warning", warning).put("info", info).set("findings", findings);
        return PartEvents.JSON.writeValueAsString(p);
    }

    /** Sends it to the part's topic as its producer would. */
    void sendWith(PartEvents events) throws Exception {
        events.send(kind, unit, year, json());
    }
}
