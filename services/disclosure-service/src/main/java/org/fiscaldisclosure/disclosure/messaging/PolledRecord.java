package org.fiscaldisclosure.disclosure.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One record of a poll as read: the event it carries, the segment of a revision it carries, or the reason it can never
 * be read (then it is parked). Reading is done once per record, whether the poll is then applied as one batch or
 * record by record.
 */
public record PolledRecord(ConsumerRecord<String, byte[]> record, IncomingPartEvent event, IncomingSegment segment,
                           String unreadable) {

    public static PolledRecord read(PartEventReader reader, ConsumerRecord<String, byte[]> record) {
        try {
            Object read = reader.readRecord(record);
            return read instanceof IncomingSegment s
                    ? new PolledRecord(record, null, s, null)
                    : new PolledRecord(record, (IncomingPartEvent) read, null, null);
        } catch (UnreadableEventException e) {
            return new PolledRecord(record, null, null, e.getMessage());
        } catch (RuntimeException e) {
            // reading involves no I/O but for segments already stored, so the same bytes would fail the same way
            return new PolledRecord(record, null, null, "could not be read: " + e);
        }
    }

    /** A part event (not a segment, not unreadable). */
    public boolean readable() {
        return event != null;
    }

    public boolean isSegment() {
        return segment != null;
    }
}
