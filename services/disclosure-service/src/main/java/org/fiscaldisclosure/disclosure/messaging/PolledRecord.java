package org.fiscaldisclosure.disclosure.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One record of a poll as read: the event it carries, or the reason it can never be read (then it is parked).
 * Reading is done once per record, whether the poll is then applied as one batch or record by record.
 */
public record PolledRecord(ConsumerRecord<String, byte[]> record, IncomingPartEvent event, String unreadable) {

    public static PolledRecord read(PartEventReader reader, ConsumerRecord<String, byte[]> record) {
        try {
            return new PolledRecord(record, reader.read(record), null);
        } catch (UnreadableEventException e) {
            return new PolledRecord(record, null, e.getMessage());
        } catch (RuntimeException e) {
            // reading involves no I/O, so the same bytes would fail the same way on every attempt
            return new PolledRecord(record, null, "could not be read: " + e);
        }
    }

    public boolean readable() {
        return event != null;
    }
}
