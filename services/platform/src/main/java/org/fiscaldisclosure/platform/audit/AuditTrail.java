package org.fiscaldisclosure.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fiscaldisclosure.contracts.value.FiscalYear;
import org.fiscaldisclosure.contracts.value.UnitCode;
import org.fiscaldisclosure.platform.security.Actor;
import org.fiscaldisclosure.platform.security.CurrentActor;

/**
 * The append-only audit trail: {@link #record} writes an entry in the transaction of the change it describes (so
 * the change and its entry are stored together or not at all); {@link #of} reads them. Nothing updates or deletes an
 * entry, and the table's trigger refuses it.
 */
@ApplicationScoped
public class AuditTrail {

    /** The subject of a disclosure's own entries (explanations, approvals, publications). */
    public static final String DISCLOSURE = "disclosure";

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentActor actor;

    private ObjectReader exact;

    ObjectReader exact() {
        if (exact == null) {
            exact = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
        }
        return exact;
    }

    /**
     * Records a change by the current actor (the request's authenticated caller, or the platform acting).
     *
     * @param statedBy the name the request body gave, if any
     * @param summary  any JSON-serializable description of what changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(UnitCode unit, FiscalYear year, String subject, AuditAction action, Long revision,
                             String contentHash, String statedBy, Object summary) {
        Actor who = actor.get();
        AuditEntryRow row = new AuditEntryRow();
        row.unitCode = unit.value();
        row.fiscalYear = year.value();
        row.subject = subject;
        row.action = action.name();
        row.revision = revision;
        row.contentHash = contentHash;
        row.actorSubject = who.subject();
        row.actorName = who.name();
        row.actorKind = who.kind().name();
        row.statedBy = statedBy;
        row.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.summary = json(summary);
        row.persist();
        return view(row);
    }

    /** The entries of one subject of a disclosure, oldest first. */
    public List<AuditEntry> of(UnitCode unit, FiscalYear year, String subject) {
        return AuditEntryRow.<AuditEntryRow>find("unitCode = ?1 and fiscalYear = ?2 and subject = ?3 order by id",
                unit.value(), year.value(), subject).stream().map(this::view).toList();
    }

    /** Reads JSON keeping every number exact, trailing zeros included (200.00 stays 200.00). */
    public JsonNode readExact(String json) {
        try {
            return exact().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }

    /** The same from UTF-8 bytes, read as they are (no string of the whole document made first). */
    public JsonNode readExact(byte[] json) {
        try {
            return exact().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }

    private AuditEntry view(AuditEntryRow r) {
        return new AuditEntry(r.id, r.recordedAt, r.unitCode, r.fiscalYear, r.subject, AuditAction.valueOf(r.action),
                r.revision, r.contentHash, new Actor(r.actorSubject, r.actorName, Actor.Kind.valueOf(r.actorKind)),
                r.statedBy, readExact(r.summary));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
