package org.fiscaldisclosure.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fiscaldisclosure.contracts.event.MessageLimits;
import org.fiscaldisclosure.platform.problem.ProblemException;

/** Writes an event into the outbox; it must run inside the transaction of the change it describes. */
@ApplicationScoped
public class Outbox {

    /** Fired for every row added; observed after the transaction commits to wake the relay. */
    public record Written(String topic) {
    }

    @Inject
    Event<Written> written;

    /** The largest record value; {@link MessageLimits#MAX_RECORD_BYTES} unless a test lowers it. */
    @ConfigProperty(name = "fiscal.messages.max-record-bytes", defaultValue = "" + MessageLimits.MAX_RECORD_BYTES)
    int maxRecordBytes;

    /**
     * Adds an event to the caller's transaction. A payload larger than a record may be is refused with 413 problem
     * details (the caller's transaction is rolled back, nothing is stored): what the broker could never accept is
     * never accepted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent add(String topic, String key, String type, String source, String subject, String jsonPayload, Instant time) {
        return add(topic, key, null, type, source, subject, jsonPayload, time);
    }

    /** As {@link #add(String, String, String, String, String, String, Instant)}, sent to the partition of {@code partitionKey}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent add(String topic, String key, String partitionKey, String type, String source, String subject,
                           String jsonPayload, Instant time) {
        int size = Utf8Length.of(jsonPayload);
        if (size > maxRecordBytes) {
            throw ProblemException.eventTooLarge(size, maxRecordBytes);
        }
        OutboxEvent e = new OutboxEvent();
        e.partitionKey = partitionKey;
        e.id = UUID.randomUUID();
        e.topic = topic;
        e.key = key;
        e.type = type;
        e.source = source;
        e.subject = subject;
        e.payload = jsonPayload;
        e.createdAt = time;
        e.persist();
        written.fire(new Written(topic));
        return e;
    }

    /** Events not yet acknowledged by the broker. */
    public long pending() {
        return OutboxEvent.count("sentAt is null and parkedAt is null");
    }
}
