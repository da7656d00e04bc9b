package org.fiscaldisclosure.disclosure.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fiscaldisclosure.contracts.event.PartKind;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.disclosure.messaging.IncomingPartEvent;

/**
 * Applies part events to the read model. Each call is one transaction that records the event as seen together with
 * its effect, so a redelivered event (same source and id) changes nothing, and a revision not newer than the stored
 * one is ignored: duplicates and reordering have no effect beyond the newest revision.
 */
@ApplicationScoped
public class ReadModelWriter {

    /** What applying an event did. */
    public enum Outcome { APPLIED, STALE, DUPLICATE }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome apply(IncomingPartEvent event) {
        int fresh = em.createNativeQuery("insert into consumed_event (source, id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, event.ceSource()).setParameter(2, event.ceId()).executeUpdate();
        if (fresh == 0) {
            return Outcome.DUPLICATE;
        }
        PartRevision<?> r = event.revision();
        String unit = r.unitCode().value();
        int year = r.fiscalYear().value();
        em.createNativeQuery("insert into disclosure (unit_code, fiscal_year, region_code, updated_at) values (?1, ?2, ?3, now()) "
                        + "on conflict (unit_code, fiscal_year) do nothing")
                .setParameter(1, unit).setParameter(2, year).setParameter(3, r.unitCode().regionCode()).executeUpdate();
        int applied = em.createNativeQuery("insert into disclosure_part (unit_code, fiscal_year, part, revision, revised_at, event_id, document, received_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), now()) "
                        + "on conflict (unit_code, fiscal_year, part) do update set revision = excluded.revision, "
                        + "revised_at = excluded.revised_at, event_id = excluded.event_id, document = excluded.document, "
                        + "received_at = excluded.received_at where disclosure_part.revision < excluded.revision")
                .setParameter(1, unit).setParameter(2, year).setParameter(3, event.kind().key())
                .setParameter(4, r.revision()).setParameter(5, r.revisedAt()).setParameter(6, event.ceId())
                .setParameter(7, event.payload()).executeUpdate();
        if (applied == 0) {
            return Outcome.STALE;
        }
        String name = event.kind() == PartKind.STATEMENTS ? ((FinalAccounts) r.part()).unit().name() : null;
        em.createNativeQuery("update disclosure set updated_at = now(), unit_name = coalesce(?3, unit_name) "
                        + "where unit_code = ?1 and fiscal_year = ?2")
                .setParameter(1, unit).setParameter(2, year).setParameter(3, name).executeUpdate();
        return Outcome.APPLIED;
    }

    /**
     * Forgets what was derived from the part topics, before they are read again from the beginning. Disclosure rows
     * stay (explanations, approvals and versions refer to them); their unit name is derived again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clearDerivedState() {
        em.createNativeQuery("delete from disclosure_part").executeUpdate();
        em.createNativeQuery("delete from consumed_event").executeUpdate();
        em.createNativeQuery("delete from parked_event").executeUpdate();
        em.createNativeQuery("update disclosure set unit_name = null").executeUpdate();
    }

    /**
     * Parks a record with its reason, once: a record redelivered after a crash (parked, offset not yet committed) is
     * not parked again.
     *
     * @return whether it was parked now (false: it had been parked before)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean park(ConsumerRecord<String, byte[]> record, String reason) {
        return em.createNativeQuery("insert into parked_event (topic, kafka_partition, kafka_offset, event_key, ce_id, ce_source, "
                        + "ce_type, payload, reason, parked_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, now()) "
                        + "on conflict (topic, kafka_partition, kafka_offset) do nothing")
                .setParameter(1, record.topic()).setParameter(2, record.partition()).setParameter(3, record.offset())
                .setParameter(4, record.key()).setParameter(5, headerOrNull(record, "ce_id"))
                .setParameter(6, headerOrNull(record, "ce_source")).setParameter(7, headerOrNull(record, "ce_type"))
                .setParameter(8, record.value() == null ? null : new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace(String.valueOf((char) 0), "\\u0000")) // PostgreSQL text holds no NUL
                .setParameter(9, reason).executeUpdate() == 1;
    }

    private static String headerOrNull(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
