package org.fiscaldisclosure.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Writes an event into the outbox; it must run inside the transaction of the change it describes. */
@ApplicationScoped
public class Outbox {

    /** Fired for every row added; observed after the transaction commits to wake the relay. */
    public record Written(String topic) {
    }

    @Inject
    Event<Written> written;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent add(String topic, String key, String type, String source, String subject, String jsonPayload, Instant time) {
        OutboxEvent e = new OutboxEvent();
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
        return OutboxEvent.count("sentAt is null");
    }
}
